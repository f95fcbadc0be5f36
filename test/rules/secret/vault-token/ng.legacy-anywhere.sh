vault login -method=token s.5puzQqmOBZZW6m4nyoL6unii
curl -H "X-Vault-Token: s.Fw152cTe8r0khCEr7n1AyOHF" https://vault:8200/v1/secret/data/x
