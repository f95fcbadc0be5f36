resource "gitlab_group" "engineering" {
  name                              = "engineering"
  path                              = "engineering"
  require_two_factor_authentication = true
  two_factor_grace_period           = 24
}

# A reference: Outpost cannot know its value and does not guess.
resource "gitlab_group" "ops" {
  name                              = "ops"
  path                              = "ops"
  require_two_factor_authentication = var.require_2fa
}

resource "gitlab_application_settings" "this" {
  require_two_factor_authentication = true
}
