resource "aws_security_group_rule" "bitbucket_https" {
  type              = "ingress"
  from_port         = 7990
  to_port           = 7990
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"]
  security_group_id = aws_security_group.scm.id
}
