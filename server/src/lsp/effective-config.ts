// What one file is analysed with: the folder's `.outpost.yml`, with the user's editor settings
// merged over it (see PROTOCOL.md, "Settings", for who wins).
import ignore from 'ignore';
import type { Ignore } from 'ignore';
import type { OutpostConfig } from '../engine/config/config';
import type { OutpostSettings } from './settings';

export function mergeConfig(fromFile: OutpostConfig, s: OutpostSettings): OutpostConfig {
  return {
    ...fromFile,
    rules: { ...fromFile.rules, ...s.rules },
    ignorePaths: [...fromFile.ignorePaths, ...s.exclude],
    scanAllFiles: fromFile.scanAllFiles || s.scanAllFiles,
    maxFileSizeKB: s.maxFileSizeKB > 0 ? s.maxFileSizeKB : fromFile.maxFileSizeKB,
    vaultReferenceTemplate: s.vaultReferenceTemplate || fromFile.vaultReferenceTemplate,
  };
}

const matchers = new Map<string, Ignore>();

/** A gitignore matcher for a list of patterns (compiled once per distinct list). */
export function matcher(patterns: readonly string[]): Ignore {
  const key = patterns.join('\n');
  let m = matchers.get(key);
  if (!m) {
    if (matchers.size > 64) matchers.clear();
    m = ignore().add([...patterns]);
    matchers.set(key, m);
  }
  return m;
}

/** True when a folder-relative path is excluded by gitignore-syntax patterns. */
export function isExcluded(rel: string, patterns: readonly string[]): boolean {
  if (patterns.length === 0 || rel === '' || rel.startsWith('..')) return false;
  try {
    return matcher(patterns).ignores(rel);
  } catch {
    return false;
  }
}
