# Two groups without two-factor sign-in: one says so, one leaves it to the provider's default (off).
resource "gitlab_group" "engineering" {
  name = "engineering"
  path = "engineering"
}

resource "gitlab_group" "ops" {
  name                              = "ops"
  path                              = "ops"
  require_two_factor_authentication = false
}

resource "gitlab_application_settings" "this" {
  require_two_factor_authentication = false
}
