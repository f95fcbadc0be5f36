// Monitoring and error tracking: Sentry (sntrys_ org tokens, sntryu_ user tokens, legacy 64-hex
// auth tokens by key name, DSNs that still carry the secret half), Datadog (API and application
// keys, hex, by key name), Grafana (glc_ Cloud tokens, glsa_ service-account tokens, eyJrIjoi
// legacy API keys), New Relic (NRAK- user keys, NRII- insert keys, license keys by key name),
// PagerDuty (by key name), Dynatrace (dt0c01.).
import type { Detector } from '../detector';
import { START, START_DASH, END_B64, afterKey, decodeBase64, randomBody, randomValue } from './shape';
import { prefixed } from './prefixed';

const SENTRY = 'Revoke it in Sentry → Settings → Auth Tokens (organization tokens under Settings → Developer Settings → Organization Tokens).';
const DATADOG = 'Revoke it in Datadog → Organization Settings → API Keys / Application Keys and create a new one.';
const NEWRELIC = 'Delete it in New Relic → the user menu → API Keys and create a new one.';

export const observabilityDetectors: readonly Detector[] = [
  {
    id: 'secret/sentry-token',
    description: 'Sentry organization auth token',
    keywords: ['sntrys_'],
    pattern: new RegExp(String.raw`${START}(?<secret>sntrys_eyJ[A-Za-z0-9+/=_-]{60,600})${END_B64}`, 'g'),
    validate: (s) => randomBody(s.slice(7)),
    rotate: SENTRY,
  },
  prefixed({ id: 'secret/sentry-token', description: 'Sentry user auth token', prefixes: ['sntryu_'], body: '[a-f0-9]{64}', rotate: SENTRY }),
  {
    id: 'secret/sentry-token',
    description: 'Sentry auth token',
    keywords: ['sentry'],
    pattern: afterKey(String.raw`sentry[_.-]?(?:auth[_.-]?|api[_.-]?)token`, '[a-f0-9]{64}'),
    validate: (s) => randomValue(s),
    rotate: SENTRY,
  },
  {
    // Modern DSNs hold only a public key and are meant to ship in clients; the legacy form
    // https://<public>:<secret>@… carries a secret that authenticates event submission.
    id: 'secret/sentry-dsn',
    description: 'Sentry DSN with its secret key',
    keywords: ['sentry'],
    pattern: /https?:\/\/[a-f0-9]{32}:(?<secret>[a-f0-9]{32})@(?:[a-z0-9-]{1,63}\.){0,4}(?:sentry\.io|ingest\.sentry\.io|[a-z0-9-]{1,63}\.[a-z]{2,10})\/[0-9]{1,12}/g,
    validate: (s) => randomBody(s),
    rotate: 'Revoke the client key in Sentry → the project → Settings → Client Keys (DSN) and use a DSN without the secret part.',
  },
  {
    id: 'secret/datadog-api-key',
    description: 'Datadog API key',
    keywords: ['datadog', 'dd_api', 'dd-api', 'ddapi'],
    pattern: afterKey(String.raw`(?:datadog|dd)[_.-]?api[_.-]?key`, '[a-f0-9]{32}'),
    validate: (s) => randomValue(s),
    rotate: DATADOG,
  },
  {
    id: 'secret/datadog-app-key',
    description: 'Datadog application key',
    keywords: ['datadog', 'dd_app', 'dd-app', 'ddapp'],
    pattern: afterKey(String.raw`(?:datadog|dd)[_.-]?app(?:lication)?[_.-]?key`, '[a-f0-9]{40}'),
    validate: (s) => randomValue(s),
    rotate: DATADOG,
  },
  {
    id: 'secret/grafana-cloud-token',
    description: 'Grafana Cloud access policy token',
    keywords: ['glc_'],
    pattern: new RegExp(String.raw`${START}(?<secret>glc_[A-Za-z0-9+/]{32,400}={0,2})${END_B64}`, 'g'),
    validate: (s) => randomBody(s.slice(4)),
    rotate: 'Delete it in Grafana Cloud → Administration → Cloud access policies → the policy → tokens.',
  },
  prefixed({ id: 'secret/grafana-service-account-token', description: 'Grafana service account token', prefixes: ['glsa_'], body: '[A-Za-z0-9]{32}_[a-f0-9]{8}', rotate: 'Delete it in Grafana → Administration → Service accounts → the account → tokens.' }),
  {
    id: 'secret/grafana-api-key',
    description: 'Grafana API key (legacy)',
    keywords: ['eyjrijoi'],
    pattern: /(?<![A-Za-z0-9+/])(?<secret>eyJrIjoi[A-Za-z0-9]{40,100}={0,2})(?![A-Za-z0-9+/=.])/g,
    validate: (s) => /^\{"k":"[A-Za-z0-9]{20,}","n":"/.test(decodeBase64(s) ?? ''),
    rotate: 'Delete it in Grafana → Administration → API keys (migrate to service accounts).',
  },
  prefixed({ id: 'secret/new-relic-user-api-key', description: 'New Relic user API key', prefixes: ['NRAK-'], body: '[A-Z0-9]{27}', rotate: NEWRELIC, start: START_DASH }),
  prefixed({ id: 'secret/new-relic-insert-key', description: 'New Relic insert key', prefixes: ['NRII-'], body: '[A-Za-z0-9_-]{32}', rotate: NEWRELIC, start: START_DASH }),
  {
    id: 'secret/new-relic-license-key',
    description: 'New Relic license (ingest) key',
    keywords: ['new_relic', 'newrelic', 'new-relic', 'nria_'],
    pattern: afterKey(String.raw`(?:new[_.-]?relic|nria)[_.-]?(?:license|ingest)[_.-]?key`, '[a-f0-9]{36}NRAL|[a-f0-9]{40}'),
    validate: (s) => randomValue(s.replace(/NRAL$/, '')),
    rotate: NEWRELIC,
  },
  {
    id: 'secret/pagerduty-api-key',
    description: 'PagerDuty API key',
    keywords: ['pagerduty', 'pd_api', 'pd_token'],
    pattern: afterKey(String.raw`(?:pagerduty|pd)[_.-]?(?:api[_.-]?|rest[_.-]?|user[_.-]?)?(?:key|token)`, String.raw`u\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9_+-]{20}`, String.raw`(?![A-Za-z0-9_+-])`),
    validate: (s) => randomValue(s.replace(/^u\+/, ''), 3.2),
    rotate: 'Delete the key in PagerDuty → Integrations → API Access Keys (user tokens under My Profile → User Settings).',
  },
  prefixed({ id: 'secret/dynatrace-token', description: 'Dynatrace API token', prefixes: ['dt0c01.'], body: String.raw`[A-Z0-9]{24}\.[A-Z0-9]{64}`, rotate: 'Revoke it in Dynatrace → Access tokens.' }),
];
