// inventory/contradicts-config — listed here so the catalog, SARIF and the docs know the rule. It
// needs two files (the inventory and the tool's own config), so a single file's analysis never
// reports it: the workspace pass in engine/workspace/inventory-cross-check.ts does, called by the
// CLI scan and the language server's workspace scan after every file has been analysed.
import type { Rule } from '../../rule';
import { CONTRADICTS_CONFIG } from '../../workspace/inventory-cross-check';
import { INVENTORY_KINDS } from './assets';

export const contradictsConfig: Rule = {
  meta: {
    id: CONTRADICTS_CONFIG,
    severity: 'error',
    description: "An asset's declared MFA, anonymous access, audit log or allow list is contradicted by the tool's own config file.",
    fixable: true,
    kinds: INVENTORY_KINDS,
  },
  check: () => [],
};
