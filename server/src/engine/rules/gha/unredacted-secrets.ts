// gha/unredacted-secrets — a secret holding JSON, read field by field (`fromJSON(secrets.X).key`).
// GitHub masks the secret's whole value in logs, not the pieces, so each field prints in clear
// text wherever it is echoed. Store each value that matters as its own secret.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { GHA_KINDS, workflows } from './workflow';
import { allExpressions } from './conditions';

export const UNREDACTED_SECRETS = 'gha/unredacted-secrets';

const FIELD = /\bfromJSON\(\s*secrets\.([A-Za-z_][A-Za-z0-9_]*)\s*\)\s*(?:\.|\[)/i;

export const unredactedSecrets: Rule = {
  meta: {
    id: UNREDACTED_SECRETS,
    severity: 'warning',
    description: 'A field of a JSON secret (fromJSON(secrets.X).field) is not masked in logs.',
    fixable: false,
    kinds: GHA_KINDS,
  },
  check(ctx) {
    if (!/fromJSON/i.test(ctx.text)) return [];
    const out: RawFinding[] = [];
    for (const wf of workflows(ctx)) {
      for (const e of allExpressions(ctx.text, wf)) {
        const m = FIELD.exec(e.inner);
        if (!m) continue;
        out.push({
          ruleId: UNREDACTED_SECRETS,
          message: `\`secrets.${m[1]}\` holds JSON and this reads one field of it: GitHub masks only the secret's whole value in logs, so this field appears in clear text wherever it is printed. Store the field as its own secret and use \`\${{ secrets.NAME }}\`.`,
          range: e.range,
          confidence: 'high',
        });
      }
    }
    return out;
  },
};
