// collab/* — collaboration and dev tool settings (kind: CollaborationSettings, and the servers'
// own config files through the tool table in tools/).
import type { Rule } from '../../rule';
import { invalidSetting } from './invalid-setting';
import { mfaNotRequired } from './mfa-not-required';
import { ipAllowlistMissing } from './ip-allowlist-missing';
import { anonymousAccess } from './anonymous-access';
import { publicSignup } from './public-signup';
import { auditLogDisabled } from './audit-log-disabled';
import { dormantUsers } from './dormant-users';
import { tooManyAdmins } from './too-many-admins';
import { tokenLifetime } from './token-lifetime';
import { tlsDisabled } from './tls-disabled';
import { adminExposed } from './admin-exposed';
import { withToolTable } from '../../tools/rule';

export const collabRules: readonly Rule[] = [
  invalidSetting,
  withToolTable(mfaNotRequired, 'mfa'),
  withToolTable(ipAllowlistMissing, 'allowlist'),
  withToolTable(anonymousAccess, 'anonymous-access'),
  withToolTable(publicSignup, 'public-signup'),
  withToolTable(auditLogDisabled, 'audit-log'),
  dormantUsers,
  tooManyAdmins,
  tokenLifetime,
  tlsDisabled,
  adminExposed,
];
