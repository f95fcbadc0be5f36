# Jira reachable only from the office and the VPN.
resource "aws_security_group" "jira" {
  name = "jira-web"
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["203.0.113.0/24", "198.51.100.7/32"]
  }
}

resource "google_compute_firewall" "gitlab" {
  name = "allow-gitlab"
  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
  source_ranges = var.gitlab_allowed_cidrs
}
