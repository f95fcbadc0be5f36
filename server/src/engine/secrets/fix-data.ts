// What the "Move to secret store" fix needs to know about a secret finding: the name the
// secret will get (from its key, upper snake case), whether it is the whole value or part of
// one, and whether it sits inside a shell script.
import type { FixData, RawFinding } from '../types';
import type { AnalysisContext } from '../context';
import type { Entry } from '../parse/entry';

const SCRIPT_KEYS = new Set(['run', 'script', 'before_script', 'after_script', 'inlineScript', 'inline', 'bash', 'pwsh', 'powershell', 'command', 'sh', 'cmd', 'commands', 'steps']);

export interface VaultFixData extends FixData {
  kind: 'vault-reference';
  /** Suggested secret name, e.g. `AWS_SECRET_ACCESS_KEY`; the fixer de-duplicates it in the file. */
  name: string;
  /** The key the value sits under, if any. */
  key?: string;
  /** True when the secret is the entire value of its key (not embedded in a URL or script). */
  wholeValue: boolean;
  /** True when the secret sits inside a shell script (`run:`, `script:`, a Jenkinsfile `sh`). */
  inScript: boolean;
  /** Quoting of the surrounding value. */
  quote?: Entry['quote'];
}

export function toSecretName(s: string): string {
  const name = s
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  return /^[A-Z]/.test(name) ? name : `SECRET_${name || 'VALUE'}`;
}

export function vaultFixData(ctx: AnalysisContext, f: RawFinding, entries: readonly Entry[]): VaultFixData {
  // The innermost entry: `- NAME=value` list items yield the whole item and the `NAME=` split.
  let entry: Entry | undefined;
  for (const e of entries) {
    if (e.key === '' || e.valueRange.start > f.range.start || f.range.end > e.valueRange.end) continue;
    if (!entry || e.valueRange.end - e.valueRange.start < entry.valueRange.end - entry.valueRange.start) entry = e;
  }
  const inScript = ctx.syntax === 'groovy' || (entry !== undefined && (entry.quote === 'block' || SCRIPT_KEYS.has(entry.key)));
  const fromKey = entry && !SCRIPT_KEYS.has(entry.key) && !/^\d+$/.test(entry.key) ? entry.key : undefined;
  const name = toSecretName(fromKey ?? f.ruleId.replace(/^secret\//, '').replace(/^generic-/, ''));
  const data: VaultFixData = {
    kind: 'vault-reference',
    name,
    wholeValue: entry !== undefined && entry.valueRange.start === f.range.start && entry.valueRange.end === f.range.end,
    inScript,
  };
  if (entry) {
    data.key = entry.key;
    data.quote = entry.quote;
  }
  return data;
}
