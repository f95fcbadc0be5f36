// gha/use-trusted-publishing — publishing to PyPI, npm, crates.io or RubyGems with a long-lived
// API token stored as a secret, where the registry supports trusted publishing (OIDC): the
// workflow proves who it is with a short-lived token and nothing reusable can leak. Data: one
// entry per registry (how a token-based publish looks, and the guide to switch).
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { valueRangeAt } from '../../policy/ranges';
import { WORKFLOW_KINDS, actionName, isRecord, withInput, workflows } from './workflow';
import type { Step } from './workflow';

export const USE_TRUSTED_PUBLISHING = 'gha/use-trusted-publishing';

interface Registry {
  name: string;
  guide: string;
  /** The key of the step that shows a token-based publish, if it does. */
  match(step: Step): string[] | undefined;
}

const env = (step: Step, k: string): string | undefined => {
  const e = step.data['env'];
  return isRecord(e) && typeof e[k] === 'string' ? (e[k] as string) : undefined;
};
const isSecret = (v: string | undefined): boolean => v !== undefined && /\bsecrets\./.test(v) && !/GITHUB_TOKEN/.test(v);

const REGISTRIES: Registry[] = [
  {
    name: 'PyPI',
    guide: 'https://docs.pypi.org/trusted-publishers/',
    match: (s) => (actionName(s.uses) === 'pypa/gh-action-pypi-publish' && isSecret(withInput(s, 'password')) ? ['with', 'password'] : s.run && /\btwine\s+upload\b/.test(s.run) && (isSecret(env(s, 'TWINE_PASSWORD')) || /--password\s+\S*secrets\./.test(s.run)) ? ['run'] : undefined),
  },
  {
    name: 'npm',
    guide: 'https://docs.npmjs.com/trusted-publishers',
    match: (s) => (s.run && /\b(?:npm|yarn|pnpm)\s+publish\b/.test(s.run) && (isSecret(env(s, 'NODE_AUTH_TOKEN')) || isSecret(env(s, 'NPM_TOKEN'))) ? ['run'] : undefined),
  },
  {
    name: 'crates.io',
    guide: 'https://crates.io/docs/trusted-publishing',
    match: (s) => (s.run && /\bcargo\s+publish\b/.test(s.run) && (isSecret(env(s, 'CARGO_REGISTRY_TOKEN')) || /--token\s+\S*secrets\./.test(s.run)) ? ['run'] : undefined),
  },
  {
    name: 'RubyGems',
    guide: 'https://guides.rubygems.org/trusted-publishing/',
    match: (s) => (s.run && /\bgem\s+push\b/.test(s.run) && isSecret(env(s, 'GEM_HOST_API_KEY')) ? ['run'] : undefined),
  },
];

export const useTrustedPublishing: Rule = {
  meta: {
    id: USE_TRUSTED_PUBLISHING,
    severity: 'info',
    description: 'A package is published with a long-lived registry token where trusted publishing (OIDC) is available.',
    fixable: false,
    kinds: WORKFLOW_KINDS,
  },
  check(ctx) {
    if (!/publish|upload|gem\s+push/.test(ctx.text)) return [];
    const out: RawFinding[] = [];
    for (const wf of workflows(ctx)) {
      for (const step of wf.steps) {
        for (const r of REGISTRIES) {
          const key = r.match(step);
          if (!key) continue;
          out.push({
            ruleId: USE_TRUSTED_PUBLISHING,
            message: `This publishes to ${r.name} with a long-lived API token from a secret; if it leaks, anyone can publish as you until it is revoked. ${r.name} supports trusted publishing: register this workflow with the registry, add \`permissions: id-token: write\` to the job and drop the token (${r.guide}).`,
            range: valueRangeAt(wf.tree, [...step.path, ...key]),
            confidence: 'high',
          });
        }
      }
    }
    return out;
  },
};
