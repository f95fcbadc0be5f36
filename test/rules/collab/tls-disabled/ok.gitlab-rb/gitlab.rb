external_url 'https://gitlab.partners.example.org'
letsencrypt['enable'] = true
