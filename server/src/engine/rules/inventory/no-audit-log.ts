// inventory/no-audit-log — an asset that does not record sign-ins and admin changes
// (`logging.auditLog` false, or missing on an internet-facing asset). Without a log, a breach
// cannot be traced or even noticed.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { keyRangeAt, valueRangeAt } from '../../policy/ranges';
import { insertSetting } from '../../fixes/settings/fix-data';
import { INVENTORY_KINDS, field, inventoryAssets, isInternetFacing } from './assets';

export const NO_AUDIT_LOG = 'inventory/no-audit-log';

export const noAuditLog: Rule = {
  meta: {
    id: NO_AUDIT_LOG,
    severity: 'warning',
    description: 'An asset keeps no audit log (explicitly off, or not stated for an internet-facing asset).',
    fixable: true,
    kinds: INVENTORY_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const a of inventoryAssets(ctx)) {
      const v = field(a, 'logging', 'auditLog');
      if (v === true) continue;
      const logPath = [...a.path, 'logging'];
      const fix = a.csv ? undefined : insertSetting({ doc: a.tree.doc, path: logPath, key: 'auditLog', value: true, title: 'Turn the audit log on: `auditLog: true`' });
      if (v === false) {
        const f: RawFinding = {
          ruleId: NO_AUDIT_LOG,
          message: `${a.subject} keeps no audit log: a break-in would leave no trace of who signed in or what they changed. Turn it on${a.csv ? ' (audit_log: yes)' : ' (`auditLog: true`)'} and forward it somewhere an intruder cannot erase.`,
          range: valueRangeAt(a.tree, [...logPath, 'auditLog']),
        };
        if (fix) f.fix = fix;
        out.push(f);
      } else if (v === undefined && isInternetFacing(a)) {
        const f: RawFinding = {
          ruleId: NO_AUDIT_LOG,
          message: `${a.subject} faces the internet but does not say that it keeps an audit log; a missing setting counts as off. Turn it on and record it${a.csv ? ' (audit_log: yes)' : ': `logging: auditLog: true`'}.`,
          range: keyRangeAt(a.tree, field(a, 'logging') ? logPath : a.path),
        };
        if (fix) f.fix = fix;
        out.push(f);
      }
    }
    return out;
  },
};
