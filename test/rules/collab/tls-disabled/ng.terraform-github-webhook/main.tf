resource "github_repository_webhook" "deploy" {
  repository = "infra"
  events     = ["push"]

  configuration {
    url          = "https://deploy.example.org/hook"
    content_type = "json"
    insecure_ssl = true
  }
}
