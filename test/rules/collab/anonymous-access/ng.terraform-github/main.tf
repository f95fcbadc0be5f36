resource "github_repository" "infra" {
  name       = "infra"
  visibility = "public"
}

resource "gitlab_project" "pipelines" {
  name             = "pipelines"
  visibility_level = "public"
  public_jobs      = true
}

resource "gitlab_group" "ops" {
  name                              = "ops"
  path                              = "ops"
  visibility_level                  = "public"
  require_two_factor_authentication = true
}
