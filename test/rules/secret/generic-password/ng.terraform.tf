resource "aws_db_instance" "main" {
  engine   = "postgres"
  username = "app"
  password = "Tr0ub4dor-and-3"
}

resource "kubernetes_secret" "db" {
  data = {
    db_password = "pg-Zq8!xk2mw"
  }
}

variable "admin_password" {
  type      = string
  sensitive = true
  default   = "Adm1n-Pa55-2024"
}
