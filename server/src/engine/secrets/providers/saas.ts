// Business and productivity SaaS: Linear (lin_api_, lin_oauth_), Postman (PMAK-), Shopify
// (shpat_/shpca_/shppa_ access tokens, shpss_ shared secrets), HubSpot (pat-na1-/pat-eu1-), Mapbox
// secret tokens (sk.eyJ), Figma (figd_), Notion (secret_, ntn_), Airtable (pat…), Asana (by key
// name), Dropbox (sl.), Contentful (CFPAT-), Facebook/Meta (EAA…), Twitter/X app bearer tokens,
// ReadMe (rdme_), Shippo (shippo_live_/shippo_test_), EasyPost (EZAK/EZTK), Adafruit IO (aio_).
import type { Detector } from '../detector';
import { START, START_DASH, END, UUID, afterKey, randomBody } from './shape';
import { prefixed } from './prefixed';

const SHOPIFY = 'Uninstall/reinstall the custom app or rotate its credentials in the Shopify admin → Settings → Apps and sales channels → Develop apps → the app → API credentials.';

export const saasDetectors: readonly Detector[] = [
  prefixed({ id: 'secret/linear-api-key', description: 'Linear API key', prefixes: ['lin_api_'], body: '[A-Za-z0-9_]{32,128}', rotate: 'Revoke it in Linear → Settings → Account → Security & access → API keys.' }),
  prefixed({ id: 'secret/linear-api-key', description: 'Linear OAuth token', prefixes: ['lin_oauth_'], body: '[a-f0-9]{64}', rotate: 'Revoke the OAuth application\'s access in Linear → Settings → Account → Security & access.' }),
  prefixed({ id: 'secret/postman-api-key', description: 'Postman API key', prefixes: ['PMAK-'], body: '[a-f0-9]{24}-[a-f0-9]{34}', rotate: 'Revoke it in Postman → Settings → API keys.', start: START_DASH }),
  prefixed({ id: 'secret/shopify-access-token', description: 'Shopify Admin API access token', prefixes: ['shpat_', 'shpca_', 'shppa_'], body: '[a-zA-Z0-9]{32,64}', rotate: SHOPIFY }),
  prefixed({ id: 'secret/shopify-shared-secret', description: 'Shopify app shared secret', prefixes: ['shpss_'], body: '[a-fA-F0-9]{32}', rotate: SHOPIFY }),
  {
    id: 'secret/hubspot-token',
    description: 'HubSpot private app access token',
    keywords: ['pat-na', 'pat-eu', 'pat-ap'],
    pattern: new RegExp(String.raw`${START_DASH}(?<secret>pat-(?:na|eu|ap)[0-9]-${UUID})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(8).replace(/-/g, '')),
    rotate: 'Rotate the token in HubSpot → Settings → Integrations → Private apps → the app → Auth.',
  },
  {
    id: 'secret/mapbox-secret-token',
    description: 'Mapbox secret access token',
    keywords: ['sk.eyj'],
    pattern: new RegExp(String.raw`${START}(?<secret>sk\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_.-])`, 'g'),
    validate: (s) => randomBody(s.slice(s.lastIndexOf('.') + 1)),
    rotate: 'Delete it in Mapbox → Account → Access tokens and create a new one with only the scopes needed.',
  },
  prefixed({ id: 'secret/figma-token', description: 'Figma personal access token', prefixes: ['figd_'], body: '[A-Za-z0-9_-]{40,200}', rotate: 'Revoke it in Figma → Settings → Security → Personal access tokens.' }),
  prefixed({ id: 'secret/notion-token', description: 'Notion integration token', prefixes: ['secret_'], body: '[A-Za-z0-9]{43}', rotate: 'Refresh the secret in Notion → Settings → Connections → Develop or manage integrations → the integration.' }),
  prefixed({ id: 'secret/notion-token', description: 'Notion integration token', prefixes: ['ntn_'], body: '[0-9]{11}[A-Za-z0-9]{35}', rotate: 'Refresh the secret in Notion → Settings → Connections → Develop or manage integrations → the integration.' }),
  prefixed({ id: 'secret/airtable-token', description: 'Airtable personal access token', prefixes: ['pat'], body: String.raw`[A-Za-z0-9]{14}\.[a-f0-9]{64}`, rotate: 'Delete it at airtable.com/create/tokens.' }),
  {
    id: 'secret/asana-token',
    description: 'Asana personal access token',
    keywords: ['asana'],
    pattern: afterKey(String.raw`asana[_.-]?(?:access[_.-]?|personal[_.-]?access[_.-]?|api[_.-]?)?(?:token|pat)`, String.raw`[0-9]/[0-9]{10,20}(?:/[0-9]{10,20})?:[a-f0-9]{32}`),
    validate: (s) => randomBody(s.slice(s.indexOf(':') + 1)),
    rotate: 'Revoke it in Asana → My settings → Apps → Developer apps → Personal access tokens.',
  },
  prefixed({ id: 'secret/dropbox-token', description: 'Dropbox access token', prefixes: ['sl.u.', 'sl.'], body: '[A-Za-z0-9_-]{130,1400}', rotate: 'Revoke it in the Dropbox App Console → the app (or the user\'s Connected apps) and re-issue.' }),
  prefixed({ id: 'secret/contentful-token', description: 'Contentful personal access token', prefixes: ['CFPAT-'], body: '[A-Za-z0-9_-]{43}', rotate: 'Revoke it in Contentful → Settings → CMA tokens.', start: START_DASH }),
  // Long alphanumeric runs also occur inside base64 blobs: a token must not touch base64 characters.
  prefixed({ id: 'secret/facebook-access-token', description: 'Facebook / Meta access token', prefixes: ['EAA'], body: '[A-Za-z0-9]{100,400}', rotate: 'Invalidate it in Meta for Developers → the app (reset the app secret or the system user token) and issue a new one.', start: String.raw`(?<![A-Za-z0-9+/_-])`, end: String.raw`(?![A-Za-z0-9+/=_-])` }),
  {
    id: 'secret/twitter-bearer-token',
    description: 'Twitter / X app bearer token',
    keywords: ['aaaaaaaaaaaaaaaaaaaaa'],
    pattern: new RegExp(String.raw`${START}(?<secret>A{21,23}[A-Za-z0-9%]{30,150})${END}`, 'g'),
    validate: (s) => {
      const body = s.replace(/^A+/, '');
      return body.length >= 30 && /%|[a-z]/.test(body) && randomBody(body);
    },
    rotate: 'Regenerate the bearer token in the X Developer Portal → the app → Keys and tokens.',
  },
  prefixed({ id: 'secret/readme-api-key', description: 'ReadMe API key', prefixes: ['rdme_'], body: '[a-z0-9]{70}', rotate: 'Delete it in the ReadMe dashboard → API keys.' }),
  prefixed({ id: 'secret/shippo-api-token', description: 'Shippo API token', prefixes: ['shippo_live_', 'shippo_test_'], body: '[a-f0-9]{40}', rotate: 'Regenerate it in the Shippo dashboard → Settings → API.' }),
  prefixed({ id: 'secret/easypost-api-key', description: 'EasyPost API key', prefixes: ['EZAK', 'EZTK'], body: '[a-zA-Z0-9]{54}', rotate: 'Disable it in the EasyPost dashboard → Account settings → API keys.' }),
  prefixed({ id: 'secret/adafruit-io-key', description: 'Adafruit IO key', prefixes: ['aio_'], body: '[A-Za-z0-9]{28}', rotate: 'Regenerate the key on io.adafruit.com → My Key.' }),
];
