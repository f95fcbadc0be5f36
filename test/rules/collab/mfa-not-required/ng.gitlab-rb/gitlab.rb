external_url 'https://gitlab.example.org'

### OmniAuth Settings
gitlab_rails['omniauth_enabled'] = true
gitlab_rails['omniauth_allow_single_sign_on'] = ['saml']
gitlab_rails['omniauth_allow_bypass_two_factor'] = ['saml'] # the IdP has no MFA yet
