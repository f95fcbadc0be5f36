// collab/audit-log-disabled — sign-ins and admin changes are not recorded (`auditLog.enabled`
// false, or not stated on an internet-facing tool). Without a log a breach is found late or never.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { insertSetting } from '../../fixes/settings/fix-data';
import { COLLAB_KINDS, collabDocuments } from './settings';

export const AUDIT_LOG_DISABLED = 'collab/audit-log-disabled';

export const auditLogDisabled: Rule = {
  meta: {
    id: AUDIT_LOG_DISABLED,
    severity: 'warning',
    description: 'A collaboration tool keeps no audit log.',
    fixable: true,
    kinds: COLLAB_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const d of collabDocuments(ctx)) {
      const v = d.get('auditLog', 'enabled');
      if (v === true) continue;
      if (v !== false && !d.internet) continue;
      const block = d.get('auditLog');
      const hasBlock = block !== null && typeof block === 'object' && !Array.isArray(block);
      out.push({
        ruleId: AUDIT_LOG_DISABLED,
        message:
          v === false
            ? `${d.subject} keeps no audit log: a break-in would leave no record of who signed in or what they took. Turn it on (\`enabled: true\`) and forward it somewhere an intruder cannot erase.`
            : `${d.subject} faces the internet but does not say that its audit log is on; a missing setting counts as off. Turn it on: \`auditLog: {enabled: true}\`.`,
        range: d.rangeFor(['auditLog', 'enabled']),
        fix: hasBlock
          ? insertSetting({ doc: d.tree.doc, path: ['auditLog'], key: 'enabled', value: true, title: 'Turn the audit log on: `enabled: true`' })
          : insertSetting({ doc: d.tree.doc, path: [], key: 'auditLog', value: { enabled: true }, title: 'Turn the audit log on: `auditLog: {enabled: true}`' }),
      });
    }
    return out;
  },
};
