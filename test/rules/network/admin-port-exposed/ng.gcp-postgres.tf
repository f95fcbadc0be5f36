resource "google_compute_firewall" "db" {
  name = "allow-postgres"
  allow {
    protocol = "tcp"
    ports    = ["5432", "6379"]
  }
  source_ranges = ["0.0.0.0/0"]
}
