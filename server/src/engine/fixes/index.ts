// Every fix provider. Adding a fix is adding a provider to this list (or to settings/index.ts).
import type { FixInput, FixProvider, FixResult } from './fix-provider';
import { settingsFixProviders } from './settings';
import { vaultReferenceFix } from './vault-reference';
import { suppressFixes } from './suppress-fixes';
import { terraformAllowlistFix } from './terraform-allowlist';
import { oidcFederationFix } from './oidc/oidc-federation';
import { gitlabIdTokensFix } from './oidc/gitlab-id-tokens';

export const fixProviders: readonly FixProvider[] = [vaultReferenceFix, oidcFederationFix, gitlabIdTokensFix, ...settingsFixProviders, terraformAllowlistFix, suppressFixes];

/** Fixes that may be safe (everything but the suppressions, which never are), for a fix-all. */
export function safeFixesFor(input: FixInput): FixResult[] {
  const kind = input.finding.fix?.kind;
  return fixProviders
    .filter((p) => p.kind !== '*' && p.kind === kind)
    .flatMap((p) => {
      try {
        return p.compute(input).filter((f) => f.safe);
      } catch {
        return [];
      }
    });
}

/** Fixes for one finding: the specific ones first, suppressions ('*') last. A provider that throws offers nothing. */
export function fixesFor(input: FixInput): FixResult[] {
  const kind = input.finding.fix?.kind;
  return fixProviders
    .filter((p) => p.kind === '*' || p.kind === kind)
    .flatMap((p) => {
      try {
        return p.compute(input);
      } catch {
        return [];
      }
    });
}
