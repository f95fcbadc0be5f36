curl -b "_gitlab_session=icb4wtcbe4etuiee28xcivwf4e0b5ayy" https://gitlab.example.com/api/v4/user
