curl -b "_gitlab_session=$SESSION" https://gitlab.example.com
