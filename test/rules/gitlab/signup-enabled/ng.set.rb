external_url 'https://gitlab.example.org'
# gitlab_rails['gitlab_signup_enabled'] = true
gitlab_rails['gitlab_signup_enabled'] = true   # open registration
