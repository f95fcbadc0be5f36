# Every password here is a reference: none of them is a literal secret.
variable "db_password" {
  type      = string
  sensitive = true
}

resource "random_password" "db" {
  length = 24
}

data "aws_secretsmanager_secret_version" "db" {
  secret_id = "prod/db"
}

resource "aws_db_instance" "main" {
  password        = var.db_password
  master_password = random_password.db.result
}

resource "aws_db_instance" "replica" {
  password = "${var.db_password}"
}

module "db" {
  source   = "./db"
  password = local.db_password
}

locals {
  db_password    = data.aws_secretsmanager_secret_version.db.secret_string
  admin_password = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["admin"]
  file_password  = file("${path.module}/password.txt")
  cond_password  = var.use_generated ? random_password.db.result : var.db_password
  each_password  = [for u in var.users : u.password]
  mod_password   = module.db.password
}
