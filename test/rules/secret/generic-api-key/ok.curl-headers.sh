curl -H "X-API-Key: $API_KEY" https://api.example.com
curl -H "Authorization: ${TOKEN}" https://api.example.com
curl -H "Accept: application/json" -H "X-Request-Id: 42" https://api.example.com
curl -u "$USER:$PASS" https://x
sort_key="created_at_desc_2024_v1"
csrf_token = "a9f8e7d6c5b4a3f2e1d0c9b8"
publicToken: "pk_4f8e2a9c7b1d3e5f6a8b0c2d"
