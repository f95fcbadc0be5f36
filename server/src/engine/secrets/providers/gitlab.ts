// GitLab: since 14.x every token type has a documented `gl…-` prefix (the runner registration
// token, deprecated, starts with GR1348941). Bodies use [A-Za-z0-9_-]; personal access tokens
// created by newer releases may carry a routable suffix `.<2 chars>.<checksum>`.
import type { Detector } from '../detector';
import { START, END, randomBody } from './shape';

const TOKENS = 'Revoke it in GitLab (User settings → Access tokens, or the project/group Settings → Access tokens) and create a new one.';

interface GitLabToken {
  prefix: string;
  description: string;
  /** Body shape after the prefix. */
  body: string;
  rotate: string;
}

// Versioned `.<2>.<6–12>` or the single-dot `.<2-char payload length><7-char CRC>` suffix: both
// belong to the token, so the range (and the vault fix) must cover them.
const ROUTABLE = String.raw`(?:\.[0-9a-z]{2}\.[0-9a-z]{6,12}|\.[0-9a-z]{9}(?![0-9a-z.]))?`;
const BODY = '[A-Za-z0-9_-]{20,64}';

const TABLE: readonly GitLabToken[] = [
  { prefix: 'glpat-', description: 'GitLab personal, project or group access token', body: `[A-Za-z0-9_-]{20,300}${ROUTABLE}`, rotate: TOKENS },
  { prefix: 'gldt-', description: 'GitLab deploy token', body: BODY, rotate: 'Revoke it in the project or group Settings → Repository → Deploy tokens.' },
  { prefix: 'glrt-', description: 'GitLab runner authentication token', body: `[A-Za-z0-9_-]{20,300}${ROUTABLE}`, rotate: 'Reset the runner authentication token in Settings → CI/CD → Runners, then re-register the runner.' },
  { prefix: 'glrtr-', description: 'GitLab runner token', body: BODY, rotate: 'Reset the runner token in Settings → CI/CD → Runners.' },
  { prefix: 'glcbt-', description: 'GitLab CI/CD job token', body: BODY, rotate: 'Job tokens expire when the job ends; check the job log and the project audit events for misuse.' },
  { prefix: 'glptt-', description: 'GitLab pipeline trigger token', body: '[A-Za-z0-9_-]{20,64}', rotate: 'Revoke it in Settings → CI/CD → Pipeline trigger tokens.' },
  { prefix: 'glft-', description: 'GitLab feed token', body: BODY, rotate: 'Reset it in User settings → Access tokens → Feed token.' },
  { prefix: 'glimt-', description: 'GitLab incoming email token', body: BODY, rotate: 'Reset it in User settings → Access tokens → Incoming email token.' },
  { prefix: 'glagent-', description: 'GitLab agent for Kubernetes token', body: '[A-Za-z0-9_-]{20,100}', rotate: 'Revoke the agent token in Operate → Kubernetes clusters → the agent → Access tokens.' },
  { prefix: 'gloas-', description: 'GitLab OAuth application secret', body: BODY, rotate: 'Renew the secret in the OAuth application settings (User, group or Admin → Applications).' },
  { prefix: 'glsoat-', description: 'GitLab SCIM OAuth token', body: BODY, rotate: 'Reset the SCIM token in the group Settings → SAML SSO.' },
  { prefix: 'glffct-', description: 'GitLab feature flags client token', body: BODY, rotate: 'Reset the instance ID under Deploy → Feature flags → Configure.' },
  { prefix: 'GR1348941', description: 'GitLab runner registration token', body: '[A-Za-z0-9_-]{20,64}', rotate: 'Reset the registration token in Settings → CI/CD → Runners.' },
];

export const gitlabDetectors: readonly Detector[] = TABLE.map((t) => ({
  id: 'secret/gitlab-token',
  description: t.description,
  keywords: [t.prefix.toLowerCase()],
  // START, not START_DASH: instances may put their own prefix in front (`mycompany-glpat-…`).
  pattern: new RegExp(String.raw`${START}(?<secret>${t.prefix}${t.body})${END}`, 'g'),
  validate: (s: string) => randomBody(s.slice(t.prefix.length).split('.')[0]!),
  rotate: t.rotate,
}));
