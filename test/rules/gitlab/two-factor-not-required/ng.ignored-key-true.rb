external_url 'https://gitlab.example.org'
# gitlab_rails['gitlab_signup_enabled'] = true
gitlab_rails['require_two_factor_authentication'] = true
