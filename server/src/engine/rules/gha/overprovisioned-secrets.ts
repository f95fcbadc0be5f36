// gha/overprovisioned-secrets — `toJSON(secrets)` or `secrets[<expression>]` hands a step every
// secret of the repository (or one picked at run time), so GitHub cannot tell which ones the job
// needs and a single compromised step gets them all. Name each secret the step uses instead.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { GHA_KINDS, workflows } from './workflow';
import { allExpressions } from './conditions';

export const OVERPROVISIONED_SECRETS = 'gha/overprovisioned-secrets';

/** `secrets` passed whole, or indexed by anything but a string literal. */
const WHOLE = /\btoJSON\(\s*secrets\s*\)/i;
const DYNAMIC = /\bsecrets\s*\[\s*(?!['"][^'"]*['"]\s*\])/;

export const overprovisionedSecrets: Rule = {
  meta: {
    id: OVERPROVISIONED_SECRETS,
    severity: 'warning',
    description: 'toJSON(secrets) or secrets[<expression>] gives a step every secret instead of the ones it needs.',
    fixable: false,
    kinds: GHA_KINDS,
  },
  check(ctx) {
    if (!ctx.text.includes('secrets')) return [];
    const out: RawFinding[] = [];
    for (const wf of workflows(ctx)) {
      for (const e of allExpressions(ctx.text, wf)) {
        const whole = WHOLE.test(e.inner);
        if (!whole && !DYNAMIC.test(e.inner)) continue;
        out.push({
          ruleId: OVERPROVISIONED_SECRETS,
          message: whole
            ? '`toJSON(secrets)` hands this step every secret of the repository and organisation, so one compromised tool or action here leaks them all. Pass only the secrets it needs, each by name (`${{ secrets.NAME }}`).'
            : '`secrets[...]` picks a secret by a value computed at run time, so every secret must be made available to this job and an attacker who controls the index can read any of them. Name the secrets the job needs (`${{ secrets.NAME }}`).',
          range: e.range,
          confidence: 'high',
        });
      }
    }
    return out;
  },
};
