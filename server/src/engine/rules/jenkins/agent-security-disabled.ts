// jenkins/agent-security-disabled — `remotingSecurity.enabled: false` turns off the
// agent-to-controller access control, so a compromised build agent can read the controller's
// files, including its stored credentials.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { valueRangeAt } from '../../policy/ranges';
import { insertSetting } from '../../fixes/settings/fix-data';
import { CASC_KINDS, cascDocuments } from './casc';

export const JENKINS_AGENT_SECURITY = 'jenkins/agent-security-disabled';

export const agentSecurityDisabled: Rule = {
  meta: {
    id: JENKINS_AGENT_SECURITY,
    severity: 'error',
    description: 'Agent-to-controller security is disabled (remotingSecurity.enabled: false).',
    fixable: true,
    kinds: CASC_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const d of cascDocuments(ctx)) {
      for (const base of [['jenkins', 'remotingSecurity'], ['security', 'remotingSecurity']]) {
        const path = [...base, 'enabled'];
        const v = d.get(...path);
        if (v !== false && v !== 'false') continue;
        out.push({
          ruleId: JENKINS_AGENT_SECURITY,
          message: 'Agent-to-controller security is off: code running on any build agent (a pull request build, say) can read files on the controller, including its stored credentials. Set `enabled: true`.',
          range: valueRangeAt(d.tree, path),
          fix: insertSetting({ doc: d.tree.doc, path: base, key: 'enabled', value: true, title: 'Turn agent-to-controller security on' }),
        });
      }
    }
    return out;
  },
};
