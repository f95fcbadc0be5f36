// Token formats providers introduced or documented since the first detector set (issue 9), each a
// fixed prefix plus a body of known alphabet and length: GitHub App installation tokens that carry
// a JWT (ghs_<app id>_<JWT>), Cloudflare's checksummed cfk_/cfut_/cfat_ tokens, Vercel's vcp_/vci_/
// vca_/vcr_/vck_ tokens, Amazon Bedrock API keys, OpenShift sha256~ user tokens, and a tail of
// prefixed tokens of CI-relevant services (MaxMind, Scalingo, ClickHouse Cloud, SettleMint, Fly.io
// macaroons, Sourcegraph local tokens, Frame.io, Duffel, Typeform, Flutterwave, Adobe, Defined
// Networking, 42 Intra) and base64-wrapped JWTs.
import type { Detector } from '../detector';
import { START, START_DASH, END, END_B64, randomBody, decodeBase64 } from './shape';
import { crc32 } from './checksum';
import { prefixed } from './prefixed';

const b64urlJson = (segment: string): unknown => {
  try {
    return JSON.parse(Buffer.from(segment.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
};

/** Cloudflare: 40 base62 + the lower-hex CRC32, computed over the body (or prefix + body). */
function cloudflareChecksumOk(token: string): boolean {
  const us = token.indexOf('_');
  const body = token.slice(us + 1, us + 41);
  const sum = token.slice(us + 41);
  const hex = (n: number): string => n.toString(16).padStart(8, '0');
  return sum === hex(crc32(body)) || sum === hex(crc32(token.slice(0, us + 41)));
}

const CF_ROTATE = 'Roll or delete it in the Cloudflare dashboard → My Profile (or Manage Account) → API Tokens.';
const VERCEL_ROTATE = 'Delete it in Vercel → Account settings → Tokens (or the integration / AI Gateway settings) and create a new one.';

export const newerPrefixedDetectors: readonly Detector[] = [
  {
    id: 'secret/github-token',
    description: 'GitHub App installation token',
    keywords: ['ghs_'],
    pattern: new RegExp(String.raw`${START}(?<secret>ghs_[0-9]{1,20}_eyJ[A-Za-z0-9_-]{10,400}\.eyJ[A-Za-z0-9_-]{10,2000}\.[A-Za-z0-9_-]{16,1000})${END}`, 'g'),
    // The JWT's header must decode to JSON: a random `ghs_1_eyJ…` string is not a token.
    validate: (s) => typeof b64urlJson(s.slice(s.indexOf('_eyJ') + 1).split('.')[0]!) === 'object',
    rotate: "Installation tokens expire within an hour; if the app's private key leaked too, regenerate it in the app settings.",
  },
  {
    id: 'secret/cloudflare-api-token',
    description: 'Cloudflare API token',
    keywords: ['cfk_', 'cfut_', 'cfat_'],
    pattern: new RegExp(String.raw`${START}(?<secret>(?:cfk|cfut|cfat)_[A-Za-z0-9]{40}[0-9a-f]{8})${END}`, 'g'),
    validate: (s) => cloudflareChecksumOk(s) && randomBody(s.slice(s.indexOf('_') + 1, s.indexOf('_') + 41)),
    rotate: CF_ROTATE,
  },
  prefixed({ id: 'secret/vercel-token', description: 'Vercel token', prefixes: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'], body: '[A-Za-z0-9]{20,60}', rotate: VERCEL_ROTATE }),
  prefixed({
    id: 'secret/aws-bedrock-api-key',
    description: 'Amazon Bedrock long-term API key',
    prefixes: ['ABSK'],
    body: '[A-Za-z0-9+/]{109,269}={0,2}',
    end: END_B64,
    rotate: 'Delete the Bedrock API key (the IAM service-specific credential) in the AWS console → IAM → Users → Security credentials, and create a new one.',
  }),
  {
    id: 'secret/aws-bedrock-api-key',
    description: 'Amazon Bedrock short-term API key',
    keywords: ['bedrock-api-key-'],
    // base64("bedrock.amazonaws.com") follows the prefix: the key is an encoded presigned request.
    pattern: new RegExp(String.raw`${START_DASH}(?<secret>bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%]{40,4000})(?![A-Za-z0-9+/=%])`, 'g'),
    validate: (s) => randomBody(s.slice(-40), 2.5),
    rotate: 'Short-term keys expire with the session that made them (at most 12 hours); revoke the IAM session if it may have been used.',
  },
  prefixed({
    id: 'secret/openshift-token',
    description: 'OpenShift user token',
    prefixes: ['sha256~'],
    body: '[A-Za-z0-9_-]{43}',
    start: START_DASH,
    rotate: 'Delete it with `oc delete oauthaccesstoken <name>` (or log out that session) and log in again.',
  }),
  {
    id: 'secret/maxmind-license-key',
    description: 'MaxMind license key',
    keywords: ['_mmk'],
    pattern: new RegExp(String.raw`${START}(?<secret>[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)${END}`, 'g'),
    validate: (s) => randomBody(s.slice(7, 36)),
    rotate: 'Delete the license key in your MaxMind account → Manage license keys and create a new one.',
  },
  prefixed({ id: 'secret/scalingo-token', description: 'Scalingo API token', prefixes: ['tk-us-'], body: '[A-Za-z0-9_-]{48}', start: START_DASH, rotate: 'Revoke it in the Scalingo dashboard → User settings → API tokens.' }),
  prefixed({ id: 'secret/clickhouse-cloud-api-secret', description: 'ClickHouse Cloud API key secret', prefixes: ['4b1d'], body: '[A-Za-z0-9]{38}', rotate: 'Delete the API key in ClickHouse Cloud → Organization → API keys and create a new one.' }),
  prefixed({ id: 'secret/settlemint-token', description: 'SettleMint access token', prefixes: ['sm_aat_', 'sm_pat_', 'sm_sat_'], body: '[A-Za-z0-9]{16}', rotate: 'Delete it in the SettleMint console → Personal or application access tokens.' }),
  {
    id: 'secret/flyio-token',
    description: 'Fly.io macaroon token',
    keywords: ['fm1a_', 'fm1r_'],
    pattern: new RegExp(String.raw`${START}(?<secret>fm1[ar]_[A-Za-z0-9+/=_-]{100,3000})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(-48)),
    rotate: 'Revoke it with `fly tokens revoke` or in the Fly.io dashboard → Tokens.',
  },
  prefixed({ id: 'secret/sourcegraph-token', description: 'Sourcegraph local access token', prefixes: ['sgp_local_'], body: '[a-f0-9]{40}', rotate: 'Delete it in Sourcegraph → Settings → Access tokens.' }),
  prefixed({ id: 'secret/frameio-token', description: 'Frame.io developer token', prefixes: ['fio-u-'], body: '[A-Za-z0-9_=-]{64}', start: START_DASH, rotate: 'Revoke it in the Frame.io developer site → Tokens.' }),
  prefixed({ id: 'secret/duffel-token', description: 'Duffel API access token', prefixes: ['duffel_test_', 'duffel_live_'], body: '[A-Za-z0-9_=-]{43}', rotate: 'Delete it in the Duffel dashboard → Developers → Access tokens.' }),
  prefixed({ id: 'secret/typeform-token', description: 'Typeform personal access token', prefixes: ['tfp_'], body: '[A-Za-z0-9_.=-]{59}', rotate: 'Delete it in Typeform → Account → Personal tokens.' }),
  prefixed({ id: 'secret/flutterwave-secret-key', description: 'Flutterwave secret key', prefixes: ['FLWSECK_TEST-', 'FLWSECK-'], body: '[a-hA-H0-9]{32}-X', start: START_DASH, rotate: 'Regenerate the API keys in the Flutterwave dashboard → Settings → API.' }),
  prefixed({ id: 'secret/adobe-client-secret', description: 'Adobe OAuth client secret', prefixes: ['p8e-'], body: '[A-Za-z0-9]{32}', start: START_DASH, rotate: 'Rotate the client secret in the Adobe Developer Console → the project → OAuth credential.' }),
  prefixed({ id: 'secret/defined-networking-token', description: 'Defined Networking API token', prefixes: ['dnkey-'], body: '[A-Za-z0-9_=-]{26}-[A-Za-z0-9_=-]{52}', start: START_DASH, rotate: 'Delete it in the Defined Networking admin panel → API keys.' }),
  prefixed({ id: 'secret/intra42-client-secret', description: '42 Intra OAuth client secret', prefixes: ['s-s4t2ud-', 's-s4t2af-'], body: '[a-f0-9]{64}', start: START_DASH, rotate: 'Replace the secret in the 42 Intra API application settings.' }),
  {
    id: 'secret/yandex-iam-token',
    description: 'Yandex Cloud IAM token',
    keywords: ['t1.'],
    pattern: new RegExp(String.raw`${START}(?<secret>t1\.[A-Z0-9a-z_-]{20,400}={0,2}\.[A-Z0-9a-z_-]{86}={0,2})(?![A-Za-z0-9_=-])`, 'g'),
    validate: (s) => randomBody(s.slice(-86)),
    rotate: 'IAM tokens live at most 12 hours; revoke the key or account that issued it if it may have been used (Yandex Cloud console → IAM).',
  },
  {
    id: 'secret/gitlab-session-cookie',
    description: 'GitLab session cookie',
    keywords: ['_gitlab_session='],
    pattern: /_gitlab_session=(?<secret>[0-9a-z]{32})(?![0-9a-z])/g,
    validate: (s) => randomBody(s),
    rotate: 'Sign that session out in GitLab → User settings → Active sessions (or change the password, which ends every session).',
  },
  {
    // Sidekiq Pro/Enterprise gem-server credentials: Bundler reads them from this variable.
    id: 'secret/sidekiq-credentials',
    description: 'Sidekiq Pro/Enterprise gem-server credential',
    keywords: ['bundle_gems__contribsys__com', 'bundle_enterprise__contribsys__com', 'contribsys.com'],
    pattern: /(?:BUNDLE_(?:GEMS|ENTERPRISE)__CONTRIBSYS__COM["']?\s{0,4}[:=]\s{0,4}["']?|https?:\/\/)(?<secret>[0-9a-f]{8}:[0-9a-f]{8})(?![0-9a-f])(?:@(?:gems|enterprise)\.contribsys\.com)?/gi,
    validate: (_s, m) => /contribsys/i.test(m[0]),
    rotate: 'Ask Contributed Systems for new Sidekiq Pro/Enterprise credentials (they are tied to your licence) and update Bundler on every machine.',
  },
  {
    // Pre-1.10 Vault service tokens: `s.` + 24 base62. Mixed case and a digit, as Vault issues them.
    id: 'secret/vault-token',
    description: 'HashiCorp Vault token (legacy format)',
    keywords: ['s.'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_.\/-])(?<secret>s\.[A-Za-z0-9]{24})(?![A-Za-z0-9_.-])`, 'g'),
    validate: (s) => /[a-z]/.test(s.slice(2)) && /[A-Z]/.test(s.slice(2)) && /[0-9]/.test(s.slice(2)) && randomBody(s.slice(2), 3.5),
    rotate: 'Revoke it with `vault token revoke` and issue a new token (prefer short-lived tokens from an auth method).',
  },
  {
    // gitleaks' jwt-base64 shape: base64("eyJ") is "ZXlK"; decode and check it is a JWT.
    id: 'secret/jwt',
    description: 'base64-encoded JSON Web Token',
    keywords: ['zxlk'],
    pattern: /(?<![A-Za-z0-9+/])(?<secret>ZXlK[A-Za-z0-9+/]{60,12000}={0,2})(?![A-Za-z0-9+/=])/g,
    validate: (s) => {
      const text = decodeBase64(s.slice(0, s.length - (s.replace(/=+$/, '').length % 4))) ?? '';
      const parts = text.trim().split('.');
      return parts.length === 3 && typeof b64urlJson(parts[0]!) === 'object' && parts[1]!.startsWith('eyJ') && parts[2]!.length >= 16;
    },
    rotate: 'Revoke the token with its issuer (or rotate the signing key) and issue a new one.',
  },
];
