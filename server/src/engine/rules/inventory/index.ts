// inventory/* — the asset inventory (kind: AssetInventory, and the CSV sheet).
import type { Rule } from '../../rule';
import { missingField } from './missing-field';
import { invalidValue } from './invalid-value';
import { reviewOverdue } from './review-overdue';
import { internetFacingWithoutMfa } from './internet-facing-without-mfa';
import { internetFacingWithoutAllowlist } from './internet-facing-without-allowlist';
import { noAuditLog } from './no-audit-log';
import { duplicateId } from './duplicate-id';
import { inventoryAnonymousAccess } from './anonymous-access';
import { contradictsConfig } from './contradicts-config';

export const inventoryRules: readonly Rule[] = [
  missingField,
  invalidValue,
  reviewOverdue,
  internetFacingWithoutMfa,
  internetFacingWithoutAllowlist,
  noAuditLog,
  duplicateId,
  inventoryAnonymousAccess,
  contradictsConfig,
];
