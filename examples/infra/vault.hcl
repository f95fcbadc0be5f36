# HashiCorp Vault server configuration: the listener serves secrets without TLS.
storage "raft" {
  path    = "/opt/vault/data"
  node_id = "vault-1"
}

listener "tcp" {
  address     = "0.0.0.0:8200"
  # outpost-expect: collab/tls-disabled
  tls_disable = 1
}

api_addr     = "https://vault.example.org:8200"
cluster_addr = "https://vault-1.example.org:8201"
ui           = true
