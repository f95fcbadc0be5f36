// Cloud and hosting platforms. Prefixed formats: DigitalOcean (dop_v1_/doo_v1_/dor_v1_ + 64 hex),
// Cloudflare Origin CA keys (v1.0-), Heroku (HRKU-), Alibaba (LTAI), Tencent (AKID), Yandex
// (AQVN), Fly.io (fo1_, FlyV1 fm2_), Render (rnd_), Netlify (nfp_), Supabase (sbp_, sb_secret_),
// PlanetScale (pscale_tkn_/pscale_pw_/pscale_oauth_), Databricks (dapi, dose). The others have no
// prefix and need their key name (Cloudflare API tokens and global keys, legacy Heroku UUIDs, IBM
// Cloud, Linode, Hetzner, Scaleway, Vercel, Confluent, Algolia admin keys, Fastly).
import type { Detector } from '../detector';
import { START, START_DASH, END, afterKey, randomBody, randomValue, uuidByKey } from './shape';

const prefixed = (id: string, description: string, prefixes: string[], body: string, rotate: string, start = START): Detector => ({
  id,
  description,
  keywords: prefixes.map((p) => p.toLowerCase()),
  pattern: new RegExp(String.raw`${start}(?<secret>(?:${prefixes.map((p) => p.replace(/[.]/g, '\\.')).join('|')})${body})${END}`, 'g'),
  validate: (s) => randomBody(s.slice(prefixes.find((p) => s.startsWith(p))!.length)),
  rotate,
});

const byKey = (id: string, description: string, keywords: string[], key: string, value: string, rotate: string, check = (s: string) => randomValue(s)): Detector => ({
  id,
  description,
  keywords,
  pattern: afterKey(key, value),
  validate: check,
  rotate,
});

const DO = 'Revoke it in the DigitalOcean control panel → API → Tokens (or Applications & API → OAuth).';
const CF = 'Roll or delete it in the Cloudflare dashboard → My Profile → API Tokens.';
const HEROKU = 'Revoke it with `heroku authorizations:revoke` or in the Heroku Dashboard → Account settings → Applications / API Key.';

export const cloudDetectors: readonly Detector[] = [
  prefixed('secret/digitalocean-token', 'DigitalOcean personal access token', ['dop_v1_'], '[a-f0-9]{64}', DO),
  prefixed('secret/digitalocean-token', 'DigitalOcean OAuth token', ['doo_v1_'], '[a-f0-9]{64}', DO),
  prefixed('secret/digitalocean-token', 'DigitalOcean refresh token', ['dor_v1_'], '[a-f0-9]{64}', DO),
  byKey('secret/cloudflare-api-token', 'Cloudflare API token', ['cloudflare', 'cf_'], String.raw`(?:cloudflare|cf)[_.-]?(?:api[_.-]?)?token`, '[A-Za-z0-9_-]{40}', CF),
  byKey('secret/cloudflare-global-api-key', 'Cloudflare global API key', ['cloudflare', 'cf_'], String.raw`(?:cloudflare|cf)[_.-]?(?:global[_.-]?)?(?:api[_.-]?)?key|cloudflare[_.-]?auth[_.-]?key`, '[a-f0-9]{37}', 'Change the Global API Key in the Cloudflare dashboard → My Profile → API Tokens → Global API Key → Change, and use scoped API tokens instead.'),
  prefixed('secret/cloudflare-origin-ca-key', 'Cloudflare Origin CA key', ['v1.0-'], '[a-f0-9]{24}-[a-f0-9]{146}', 'Change the Origin CA Key in the Cloudflare dashboard → My Profile → API Tokens.', START_DASH),
  prefixed('secret/heroku-api-key', 'Heroku API key', ['HRKU-'], '[A-Za-z0-9_-]{40,80}', HEROKU, START_DASH),
  uuidByKey('secret/heroku-api-key', 'Heroku API key', ['heroku'], String.raw`heroku[_.-]?(?:api[_.-]?)?(?:key|token)`, HEROKU),
  prefixed('secret/alibaba-access-key-id', 'Alibaba Cloud AccessKey ID', ['LTAI'], '[A-Za-z0-9]{12,20}', 'Disable and delete the AccessKey pair in the Alibaba Cloud RAM console → Users → the user → AccessKey.'),
  byKey('secret/alibaba-access-key-secret', 'Alibaba Cloud AccessKey secret', ['alibaba', 'aliyun', 'alicloud'], String.raw`(?:alibaba(?:[_.-]?cloud)?|aliyun|alicloud)[_.-]?(?:access[_.-]?)?(?:key[_.-]?)?secret`, '[A-Za-z0-9]{30}', 'Disable and delete the AccessKey pair in the Alibaba Cloud RAM console → Users → the user → AccessKey.'),
  prefixed('secret/tencent-secret-id', 'Tencent Cloud SecretId', ['AKID'], '[A-Za-z0-9]{32}', 'Disable and delete the key in the Tencent Cloud CAM console → API keys.'),
  byKey('secret/tencent-secret-key', 'Tencent Cloud SecretKey', ['tencent', 'qcloud'], String.raw`(?:tencent(?:[_.-]?cloud)?|qcloud)[_.-]?secret[_.-]?key`, '[A-Za-z0-9]{32}', 'Disable and delete the key in the Tencent Cloud CAM console → API keys.'),
  byKey('secret/ibm-cloud-api-key', 'IBM Cloud API key', ['ibm', 'ic_api_key'], String.raw`(?:ibm[_.-]?(?:cloud[_.-]?)?|ibmcloud[_.-]?|ic[_.-])api[_.-]?key`, '[A-Za-z0-9_-]{44}', 'Delete it in IBM Cloud → Manage → Access (IAM) → API keys.'),
  prefixed('secret/yandex-api-key', 'Yandex Cloud API key', ['AQVN'], '[A-Za-z0-9_-]{35,38}', 'Delete it in the Yandex Cloud console → the service account → API keys.', START_DASH),
  byKey('secret/linode-token', 'Linode (Akamai) personal access token', ['linode'], String.raw`linode[_.-]?(?:cli[_.-]?|api[_.-]?)?token`, '[a-f0-9]{64}', 'Revoke it in Cloud Manager → My Profile → API Tokens.'),
  uuidByKey('secret/scaleway-secret-key', 'Scaleway API secret key', ['scw', 'scaleway'], String.raw`(?:scw|scaleway)[_.-]?secret[_.-]?key`, 'Delete the API key in the Scaleway console → IAM → API keys.'),
  byKey('secret/hetzner-token', 'Hetzner Cloud API token', ['hcloud', 'hetzner'], String.raw`(?:hcloud|hetzner(?:[_.-]?cloud)?)[_.-]?(?:api[_.-]?)?token`, '[A-Za-z0-9]{64}', 'Delete it in the Hetzner Cloud Console → the project → Security → API tokens.'),
  prefixed('secret/flyio-token', 'Fly.io access token', ['fo1_'], '[A-Za-z0-9_-]{43}', 'Revoke it with `fly tokens revoke` or in the Fly.io dashboard → Tokens.'),
  {
    // Macaroons: binary encodings with runs of "AAAA", so only the tail is checked for randomness.
    id: 'secret/flyio-token',
    description: 'Fly.io macaroon token',
    keywords: ['fm2_'],
    pattern: new RegExp(String.raw`${START}(?<secret>fm2_[A-Za-z0-9+/=_,-]{100,3000})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(-48)),
    rotate: 'Revoke it with `fly tokens revoke` or in the Fly.io dashboard → Tokens.',
  },
  prefixed('secret/render-api-key', 'Render API key', ['rnd_'], '[A-Za-z0-9]{32}', 'Revoke it in the Render Dashboard → Account settings → API keys.'),
  byKey('secret/vercel-token', 'Vercel access token', ['vercel', 'now_token'], String.raw`(?:vercel|now)[_.-]?(?:api[_.-]?|access[_.-]?|auth[_.-]?)?token`, '[A-Za-z0-9]{24}', 'Delete it in Vercel → Account settings → Tokens.'),
  prefixed('secret/netlify-token', 'Netlify personal access token', ['nfp_'], '[A-Za-z0-9]{36}', 'Delete it in Netlify → User settings → Applications → Personal access tokens.'),
  byKey('secret/netlify-token', 'Netlify access token', ['netlify'], String.raw`netlify[_.-]?(?:auth[_.-]?|api[_.-]?|access[_.-]?)?token`, '[A-Za-z0-9_-]{40,46}', 'Delete it in Netlify → User settings → Applications → Personal access tokens.'),
  prefixed('secret/supabase-access-token', 'Supabase personal access token', ['sbp_'], '[a-f0-9]{40}', 'Revoke it in the Supabase Dashboard → Account → Access Tokens.'),
  prefixed('secret/supabase-secret-key', 'Supabase secret API key', ['sb_secret_'], '[A-Za-z0-9_-]{30,50}', 'Delete it in the Supabase Dashboard → Project settings → API Keys and create a new one.'),
  prefixed('secret/planetscale-token', 'PlanetScale service token', ['pscale_tkn_', 'pscale_oauth_'], '[A-Za-z0-9_.-]{32,64}', 'Delete it in PlanetScale → Organization settings → Service tokens (or revoke the OAuth grant).'),
  prefixed('secret/planetscale-password', 'PlanetScale database password', ['pscale_pw_'], '[A-Za-z0-9_.-]{32,64}', 'Delete the password in PlanetScale → the database → Settings → Passwords and create a new one.'),
  prefixed('secret/databricks-token', 'Databricks personal access token', ['dapi'], '[a-f0-9]{32}(?:-[0-9])?', 'Revoke it in the Databricks workspace → User settings → Developer → Access tokens.'),
  prefixed('secret/databricks-token', 'Databricks OAuth secret', ['dose'], '[a-f0-9]{32}', 'Delete the secret in the Databricks account console → Service principals → the principal → Secrets.'),
  byKey('secret/confluent-api-secret', 'Confluent Cloud API secret', ['confluent', 'kafka'], String.raw`(?:confluent(?:[_.-]?cloud)?|kafka)[_.-]?(?:api[_.-]?)?secret`, '[A-Za-z0-9+/]{64}', 'Delete the API key in Confluent Cloud → API keys and create a new one.'),
  byKey('secret/algolia-admin-key', 'Algolia admin or write API key', ['algolia'], String.raw`algolia[_.-]?(?:admin|write)[_.-]?(?:api[_.-]?)?key|algolia[_.-]?api[_.-]?key`, '[a-f0-9]{32}', 'Regenerate the Admin API key (or delete the write key) in the Algolia dashboard → Settings → API Keys.'),
  byKey('secret/fastly-api-token', 'Fastly API token', ['fastly'], String.raw`fastly[_.-]?(?:api[_.-]?)?(?:token|key)`, '[A-Za-z0-9_-]{32}', 'Delete it in the Fastly control panel → Account → Personal API tokens.'),
];
