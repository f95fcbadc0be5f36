## GitLab URL
external_url 'http://gitlab.partners.example.org'
letsencrypt['enable'] = false
