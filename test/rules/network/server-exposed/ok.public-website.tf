# A public web site (not a collaboration tool) is meant to be open.
resource "aws_security_group" "website" {
  name        = "public-website"
  description = "Company home page"
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "azurerm_network_security_rule" "jenkins_outbound" {
  name                        = "jenkins-out"
  direction                   = "Outbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  destination_port_range      = "443"
  source_address_prefix       = "*"
  resource_group_name         = "ci"
  network_security_group_name = "ci"
}
