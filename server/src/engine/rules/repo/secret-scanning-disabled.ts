// repo/secret-scanning-disabled — `security_and_analysis.secret_scanning` (or its push
// protection) set to `status: disabled`. Secret scanning is what notices a token committed by
// mistake before an attacker harvests it.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { REPO_KINDS } from './settings';

export const SECRET_SCANNING_DISABLED = 'repo/secret-scanning-disabled';

const FEATURES: Record<string, string> = {
  secret_scanning: 'Secret scanning',
  secret_scanning_push_protection: 'Secret scanning push protection',
};

export const secretScanningDisabled: Rule = {
  meta: {
    id: SECRET_SCANNING_DISABLED,
    severity: 'warning',
    description: 'Secret scanning or its push protection is disabled.',
    fixable: false,
    kinds: REPO_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const e of ctx.entries) {
      const feature = e.path[e.path.length - 2];
      if (e.key !== 'status' || typeof feature !== 'string' || !FEATURES[feature]) continue;
      if (e.value.trim().toLowerCase() !== 'disabled') continue;
      out.push({
        ruleId: SECRET_SCANNING_DISABLED,
        message: `${FEATURES[feature]} is turned off: a token or password committed by mistake goes unnoticed until someone abuses it. Set \`status: enabled\`.`,
        range: e.valueRange,
      });
    }
    return out;
  },
};
