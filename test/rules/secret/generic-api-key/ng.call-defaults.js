const token = process.env.API_TOKEN || "FlY0mG1ylvuhfJXqIEnomef2mSJ5CMTI";
const key = process.env["STRIPE_SECRET"] ?? 'eg1ZTVnVv2fgKD0f6YYIgrCOX6Jhw7';
