// Every fix provider. Adding a fix is adding a provider to this list (or to settings/index.ts).
import type { FixInput, FixProvider, FixResult } from './fix-provider';
import { settingsFixProviders } from './settings';

export const fixProviders: readonly FixProvider[] = [...settingsFixProviders];

export function fixesFor(input: FixInput): FixResult[] {
  const kind = input.finding.fix?.kind;
  return fixProviders.filter((p) => p.kind === '*' || p.kind === kind).flatMap((p) => p.compute(input));
}
