const token = process.env.API_TOKEN || "";
const region = process.env.AWS_REGION || "eu-west-1";
const url = os.getenv("API_TOKEN_URL", "https://auth.example.com/token")
