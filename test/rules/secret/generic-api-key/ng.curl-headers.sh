curl -H "X-API-Key: znCfKSlsZs3fIM97J2TZ3ymGFtgAOFQx" https://api.example.com
curl --header 'Authorization: j68QgvJMWyUWP9Y6yGf1Jr3wDep3' \
  https://api.example.com
curl -sS -H "X-Acme-ApiKey: 82a053299fa1c2282e5746c635b71854" https://acme.example
Invoke-RestMethod -Uri https://api.example.com -Headers @{ "Api-Key" = "5PEktlt0icWZ7Ir0di5BNEd3FoKyf8" }
curl -u QmMFPmXLNJM2M6mtc7l5EdCwZ8P2: https://api.example.com/v1/charges
export RAPIDAPI_KEY=mmDltmlnkWhTYkPMfqEidVq0khAGMm1WPmSNPG1bLx8Wz7Esnf
OKTA_KEY="xv4PCgYmlRlghyBlOBCFSbiCQBsEa87sNpGdRyx8xf"
