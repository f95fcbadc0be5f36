# The incident, as Terraform: a self-hosted Jira whose security group lets the whole internet in,
# and the GitLab group that holds its pipelines without two-factor sign-in.

variable "vpc_id" {
  type = string
}

variable "office_cidrs" {
  type        = list(string)
  description = "Office and VPN address ranges"
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_security_group" "jira" {
  name        = "jira-server"
  description = "Jira Software Data Center"
  vpc_id      = var.vpc_id

  ingress {
    description = "HTTPS for everyone"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    # outpost-expect: network/server-exposed
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "SSH for administrators"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.office_cidrs
  }
}

resource "aws_db_instance" "jira" {
  engine            = "postgres"
  instance_class    = "db.t3.medium"
  allocated_storage = 50
  username          = "jira"
  # A reference, not a secret: no finding.
  password = var.db_password
}

resource "gitlab_group" "pipelines" {
  name             = "pipelines"
  path             = "pipelines"
  visibility_level = "private"
  # outpost-expect: collab/mfa-not-required
  require_two_factor_authentication = false
}
