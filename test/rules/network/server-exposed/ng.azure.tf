resource "azurerm_network_security_rule" "jenkins" {
  name                        = "allow-jenkins-ui"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "8080"
  source_address_prefix       = "Internet"
  destination_address_prefix  = "*"
  resource_group_name         = azurerm_resource_group.ci.name
  network_security_group_name = azurerm_network_security_group.ci.name
}

resource "azurerm_network_security_group" "wiki" {
  name = "confluence-nsg"
  security_rule {
    name                       = "web"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_ranges    = ["443", "8090"]
    source_address_prefixes    = ["*"]
    destination_address_prefix = "*"
  }
}
