// repo/dependabot-code-execution — `insecure-external-code-execution: allow` in dependabot.yml
// lets Dependabot run code from the package manifests it updates (setup.py, gemspecs, ...) while
// it holds the registry credentials configured for it. A compromised dependency then gets those
// credentials. `deny` is the default; set it back unless a private registry truly needs it.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { yamlTrees } from '../../policy/documents';
import { valueRangeAt } from '../../policy/ranges';
import { insertSetting } from '../../fixes/settings/fix-data';

export const DEPENDABOT_CODE_EXECUTION = 'repo/dependabot-code-execution';

function isRec(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export const dependabotCodeExecution: Rule = {
  meta: {
    id: DEPENDABOT_CODE_EXECUTION,
    severity: 'warning',
    description: 'Dependabot may run code from the manifests it updates (insecure-external-code-execution: allow).',
    fixable: true,
    kinds: ['dependabot'],
  },
  check(ctx) {
    if (!ctx.text.includes('insecure-external-code-execution')) return [];
    const out: RawFinding[] = [];
    for (const tree of yamlTrees(ctx)) {
      const updates = isRec(tree.data) ? tree.data['updates'] : undefined;
      if (!Array.isArray(updates)) continue;
      updates.forEach((u, i) => {
        if (!isRec(u) || String(u['insecure-external-code-execution']).toLowerCase() !== 'allow') return;
        out.push({
          ruleId: DEPENDABOT_CODE_EXECUTION,
          message: `Dependabot may run code from the ${typeof u['package-ecosystem'] === 'string' ? `${u['package-ecosystem']} ` : ''}manifests it updates while holding the registry credentials you gave it: a compromised dependency gets them. Set \`insecure-external-code-execution: deny\` unless a private registry really needs it.`,
          range: valueRangeAt(tree, ['updates', i, 'insecure-external-code-execution']),
          confidence: 'high',
          fix: insertSetting({ doc: tree.doc, path: ['updates', i], key: 'insecure-external-code-execution', value: 'deny', title: 'Set `insecure-external-code-execution: deny`', safe: false }),
        });
      });
    }
    return out;
  },
};
