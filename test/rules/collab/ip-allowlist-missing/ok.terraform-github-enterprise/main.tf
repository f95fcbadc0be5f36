resource "github_enterprise_ip_allow_list_entry" "office" {
  enterprise_slug = "example"
  ip              = "203.0.113.0/24"
  name            = "office"
  is_active       = true
}
