resource "aws_security_group" "bastion" {
  name = "bastion"
  ingress {
    from_port = 22
    to_port   = 22
    protocol  = "tcp"
    // outpost-ignore-next-line[network/admin-port-exposed]: bastion with key-only login, reviewed quarterly
    cidr_blocks = ["0.0.0.0/0"]
  }
}
