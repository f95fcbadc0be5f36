external_url 'https://gitlab.example.org'
gitlab_rails['omniauth_enabled'] = true
gitlab_rails['omniauth_allow_bypass_two_factor'] = nil
# gitlab_rails['omniauth_allow_bypass_two_factor'] = ['google_oauth2']
