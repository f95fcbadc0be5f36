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
import { overprovisionedSecrets } from './overprovisioned-secrets';
import { unredactedSecrets } from './unredacted-secrets';
import { botConditions } from './bot-conditions';
import { unsoundContains } from './unsound-contains';
import { unsoundCondition } from './unsound-condition';
import { githubEnv } from './github-env';
import { selfHostedRunner } from './self-hosted-runner';
import { cachePoisoning } from './cache-poisoning';
import { useTrustedPublishing } from './trusted-publishing';

export const ghaRules: readonly Rule[] = [
  templateInjection,
  dangerousTrigger,
  excessivePermissions,
  unpinnedAction,
  secretsInherit,
  insecureCommands,
  hardcodedContainerCredentials,
  persistCredentials,
  overprovisionedSecrets,
  unredactedSecrets,
  botConditions,
  unsoundContains,
  unsoundCondition,
  githubEnv,
  selfHostedRunner,
  cachePoisoning,
  useTrustedPublishing,
];
