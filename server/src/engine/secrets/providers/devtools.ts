// Developer tooling and CI services: SonarQube/SonarCloud (squ_/sqp_/sqa_), Snyk and Codecov
// (UUID tokens, by key name or next to codecov-action), Buildkite (bkua_), CircleCI (CCIPAT_/
// CCIPRJ_, legacy 40-hex by key name), Travis CI (by key name), Doppler (dp.pt./dp.st./…),
// Pulumi (pul-), 1Password (ops_ service-account tokens, A3- secret keys), Infracost (ico-),
// Octopus Deploy (API-), Harness (pat./sat.), Sourcegraph (sgp_), Tailscale (tskey-), Prefect
// (pnu_), LaunchDarkly (api-/sdk- + UUID by key name), Okta (00… by key name), age (AGE-SECRET-KEY-1).
import type { Detector } from '../detector';
import { START, START_DASH, END, UUID, afterKey, randomBody, randomValue, uuidByKey } from './shape';
import { prefixed } from './prefixed';

const SNYK = 'Revoke and regenerate it in Snyk → Account settings → Auth Token (service account tokens under the organization settings).';
const CODECOV = 'Regenerate the upload token in Codecov → the repository → Configuration → General (or use tokenless/OIDC uploads).';
const CIRCLE = 'Delete it in CircleCI → User settings → Personal API Tokens (project tokens under Project settings → API Permissions).';

export const devtoolDetectors: readonly Detector[] = [
  prefixed({ id: 'secret/sonarqube-token', description: 'SonarQube user token', prefixes: ['squ_'], body: '[a-f0-9]{40}', rotate: 'Revoke it in SonarQube → My Account → Security → Tokens.' }),
  prefixed({ id: 'secret/sonarqube-token', description: 'SonarQube project analysis token', prefixes: ['sqp_'], body: '[a-f0-9]{40}', rotate: 'Revoke it in SonarQube → My Account → Security → Tokens.' }),
  prefixed({ id: 'secret/sonarqube-token', description: 'SonarQube global analysis token', prefixes: ['sqa_'], body: '[a-f0-9]{40}', rotate: 'Revoke it in SonarQube → My Account → Security → Tokens.' }),
  {
    id: 'secret/sonarqube-token',
    description: 'SonarQube / SonarCloud token',
    keywords: ['sonar'],
    pattern: afterKey(String.raw`sonar[_.-]?(?:qube[_.-]?|cloud[_.-]?)?(?:login|token|auth[_.-]?token)`, '[a-f0-9]{40}'),
    validate: (s) => randomValue(s),
    rotate: 'Revoke it in SonarQube / SonarCloud → My Account → Security → Tokens.',
  },
  uuidByKey('secret/snyk-token', 'Snyk API token', ['snyk'], String.raw`snyk[_.-]?(?:api[_.-]?|auth[_.-]?|oauth[_.-]?)?(?:token|key)`, SNYK),
  uuidByKey('secret/codecov-token', 'Codecov upload token', ['codecov'], String.raw`codecov[_.-]?(?:upload[_.-]?)?token`, CODECOV),
  {
    // `uses: codecov/codecov-action@v4` followed within a few lines by `token: <uuid>`.
    id: 'secret/codecov-token',
    description: 'Codecov upload token',
    keywords: ['codecov/codecov-action'],
    pattern: new RegExp(String.raw`codecov/codecov-action@[^\s]{1,64}(?:\r?\n[^\n]{0,200}){0,8}?\r?\n[ \t]{0,40}token:[ \t]{0,4}["']?(?<secret>${UUID})${END}`, 'g'),
    uuidShaped: true,
    validate: (s) => randomBody(s.replace(/-/g, '')),
    rotate: CODECOV,
  },
  prefixed({ id: 'secret/buildkite-token', description: 'Buildkite API access token', prefixes: ['bkua_'], body: '[a-f0-9]{40}', rotate: 'Revoke it in Buildkite → Personal settings → API Access Tokens.' }),
  prefixed({ id: 'secret/circleci-token', description: 'CircleCI personal API token', prefixes: ['CCIPAT_'], body: '[A-Za-z0-9]{22}_[a-f0-9]{40}', rotate: CIRCLE }),
  prefixed({ id: 'secret/circleci-token', description: 'CircleCI project API token', prefixes: ['CCIPRJ_'], body: '[A-Za-z0-9]{22}_[a-f0-9]{40}', rotate: CIRCLE }),
  {
    id: 'secret/circleci-token',
    description: 'CircleCI API token',
    keywords: ['circle'],
    pattern: afterKey(String.raw`circle(?:ci)?[_.-]?(?:api[_.-]?)?token`, '[a-f0-9]{40}'),
    validate: (s) => randomValue(s),
    rotate: CIRCLE,
  },
  {
    id: 'secret/travis-token',
    description: 'Travis CI API token',
    keywords: ['travis'],
    pattern: afterKey(String.raw`travis[_.-]?(?:ci[_.-]?)?(?:api[_.-]?)?token`, '[A-Za-z0-9_-]{22}'),
    validate: (s) => randomValue(s, 3.2),
    rotate: 'Regenerate it in Travis CI → Settings → API authentication.',
  },
  {
    id: 'secret/doppler-token',
    description: 'Doppler token',
    keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    pattern: new RegExp(String.raw`${START}(?<secret>dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(s.lastIndexOf('.') + 1)),
    rotate: 'Revoke it in the Doppler dashboard → Tokens (service tokens under the project config → Access).',
  },
  prefixed({ id: 'secret/pulumi-access-token', description: 'Pulumi access token', prefixes: ['pul-'], body: '[a-f0-9]{40}', rotate: 'Delete it in Pulumi Cloud → Personal settings → Access tokens.', start: START_DASH }),
  {
    id: 'secret/1password-service-account-token',
    description: '1Password service account token',
    keywords: ['ops_eyj'],
    pattern: new RegExp(String.raw`${START}(?<secret>ops_eyJ[A-Za-z0-9+/=_-]{100,2000})(?![A-Za-z0-9+/=_-])`, 'g'),
    validate: (s) => randomBody(s.slice(7)),
    rotate: 'Revoke the token in 1Password → Developer → Service accounts → the account (or delete the service account).',
  },
  {
    id: 'secret/1password-secret-key',
    description: '1Password account Secret Key',
    keywords: ['a3-'],
    pattern: new RegExp(String.raw`${START_DASH}(?<secret>A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})(?:-[A-Z0-9]{5}){3})${END}`, 'g'),
    validate: (s) => randomBody(s.replace(/-/g, '').slice(2)) && /[0-9]/.test(s.slice(3)),
    rotate: 'Regenerate the Secret Key in 1Password → My Profile → Secret Key (and change the account password).',
  },
  prefixed({ id: 'secret/infracost-api-key', description: 'Infracost API key', prefixes: ['ico-'], body: '[A-Za-z0-9]{32}', rotate: 'Rotate it in Infracost Cloud → Org settings → API tokens.', start: START_DASH }),
  {
    id: 'secret/octopus-api-key',
    description: 'Octopus Deploy API key',
    keywords: ['api-'],
    pattern: new RegExp(String.raw`${START_DASH}(?<secret>API-[A-Z0-9]{26,32})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(4)) && /[0-9]/.test(s.slice(4)) && /[A-Z]/.test(s.slice(4)),
    rotate: 'Revoke it in Octopus Deploy → your profile → My API Keys.',
  },
  prefixed({ id: 'secret/harness-token', description: 'Harness personal access or service account token', prefixes: ['pat.', 'sat.'], body: String.raw`[A-Za-z0-9_-]{22}\.[a-f0-9]{24}\.[A-Za-z0-9]{20}`, rotate: 'Delete the token in Harness → My Profile → Personal access tokens (or the service account\'s API keys).' }),
  prefixed({ id: 'secret/sourcegraph-token', description: 'Sourcegraph access token', prefixes: ['sgp_'], body: '(?:[a-f0-9]{16}_)?[a-f0-9]{40}', rotate: 'Delete it in Sourcegraph → Settings → Access tokens.' }),
  prefixed({ id: 'secret/tailscale-key', description: 'Tailscale API or auth key', prefixes: ['tskey-'], body: '(?:api|auth|client|webhook|scim)-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64}', rotate: 'Revoke it in the Tailscale admin console → Settings → Keys.', start: START_DASH }),
  prefixed({ id: 'secret/prefect-api-key', description: 'Prefect Cloud API key', prefixes: ['pnu_'], body: '[A-Za-z0-9]{36}', rotate: 'Delete it in Prefect Cloud → Profile → API keys.' }),
  {
    id: 'secret/launchdarkly-key',
    description: 'LaunchDarkly API access token or server-side SDK key',
    keywords: ['launchdarkly', 'launch_darkly', 'ld_'],
    pattern: afterKey(String.raw`launch[_.-]?darkly[_.-]?(?:api[_.-]?|sdk[_.-]?|access[_.-]?|server[_.-]?)?(?:key|token)|ld[_.-](?:sdk|api|access)[_.-]?(?:key|token)`, `(?:api|sdk)-${UUID}`),
    validate: (s) => randomBody(s.slice(4).replace(/-/g, '')),
    rotate: 'Reset it in LaunchDarkly → Account settings → Authorization (API tokens) or Projects → the environment → SDK key → Reset.',
  },
  {
    id: 'secret/okta-api-token',
    description: 'Okta API token',
    keywords: ['okta'],
    pattern: afterKey(String.raw`okta[_.-]?(?:api[_.-]?|client[_.-]?|access[_.-]?)?token`, '00[A-Za-z0-9_-]{40}'),
    validate: (s) => randomValue(s.slice(2)),
    rotate: 'Revoke it in the Okta Admin Console → Security → API → Tokens.',
  },
  {
    id: 'secret/age-secret-key',
    description: 'age secret key',
    keywords: ['age-secret-key-1'],
    pattern: new RegExp(String.raw`${START_DASH}(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(16)),
    rotate: 'Generate a new identity with age-keygen, re-encrypt everything to the new recipient, and remove the old recipient from every file.',
  },
];
