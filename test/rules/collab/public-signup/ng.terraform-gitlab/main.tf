resource "gitlab_application_settings" "this" {
  signup_enabled = true
}
