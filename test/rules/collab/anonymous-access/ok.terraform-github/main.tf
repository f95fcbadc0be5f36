resource "github_repository" "infra" {
  name       = "infra"
  visibility = "private"
}

resource "gitlab_project" "pipelines" {
  name             = "pipelines"
  visibility_level = "private"
  public_jobs      = false
}
