region      = "eu-west-1"
db_password = "Kx7-hunter-91"
