resource "aws_security_group" "gitlab" {
  name = "gitlab-public"
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # outpost-ignore[network/server-exposed]: public open-source GitLab
  }
}
