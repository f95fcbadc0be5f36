external_url 'https://gitlab.example.org'
gitlab_rails['omniauth_allow_bypass_two_factor'] = nil
