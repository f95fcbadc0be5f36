resource "gitlab_application_settings" "this" {
  signup_enabled                          = false
  require_admin_approval_after_user_signup = true
}
