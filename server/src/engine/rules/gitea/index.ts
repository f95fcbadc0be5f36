// gitea/* — checks specific to Gitea/Forgejo's app.ini (the shared posture keys are rows in tools/table/gitea.ts).
import type { Rule } from '../../rule';
import { installLockDisabled } from './install-lock-disabled';

export const giteaRules: readonly Rule[] = [installLockDisabled];
