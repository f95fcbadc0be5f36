resource "github_enterprise_ip_allow_list_entry" "everyone" {
  enterprise_slug = "example"
  ip              = "0.0.0.0/0"
  name            = "temporary"
  is_active       = true
}
