// repo/* — repository settings as code (.github/settings.yml).
import type { Rule } from '../../rule';
import { branchProtectionMissing } from './branch-protection-missing';
import { reviewsNotRequired } from './reviews-not-required';
import { forcePushAllowed } from './force-push-allowed';
import { adminCollaborator } from './admin-collaborator';
import { defaultWorkflowPermissionsWrite } from './default-workflow-permissions-write';
import { secretScanningDisabled } from './secret-scanning-disabled';
import { dependabotCodeExecution } from './dependabot-code-execution';

export const repoRules: readonly Rule[] = [
  branchProtectionMissing,
  reviewsNotRequired,
  forcePushAllowed,
  adminCollaborator,
  defaultWorkflowPermissionsWrite,
  secretScanningDisabled,
  dependabotCodeExecution,
];
