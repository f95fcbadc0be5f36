// gha/* — GitHub Actions workflows and action.yml files.
import type { Rule } from '../../rule';
import { templateInjection } from './template-injection';
import { dangerousTrigger } from './dangerous-trigger';
import { excessivePermissions } from './excessive-permissions';
import { unpinnedAction } from './unpinned-action';
import { secretsInherit } from './secrets-inherit';
import { insecureCommands } from './insecure-commands';
import { hardcodedContainerCredentials } from './hardcoded-container-credentials';
import { persistCredentials } from './persist-credentials';

export const ghaRules: readonly Rule[] = [
  templateInjection,
  dangerousTrigger,
  excessivePermissions,
  unpinnedAction,
  secretsInherit,
  insecureCommands,
  hardcodedContainerCredentials,
  persistCredentials,
];
