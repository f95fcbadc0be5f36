import os
DB_PASSWORD = os.getenv("DB_PASSWORD", "Zqumpm08hsE8JN")
SMTP_PASS = os.environ.get('SMTP_PASSWORD', 'pjJOQGa2rb19')
