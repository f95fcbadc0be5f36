// collab/* — collaboration and dev tool settings (kind: CollaborationSettings).
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

export const collabRules: readonly Rule[] = [
  invalidSetting,
  mfaNotRequired,
  ipAllowlistMissing,
  anonymousAccess,
  publicSignup,
  auditLogDisabled,
  dormantUsers,
  tooManyAdmins,
  tokenLifetime,
];
