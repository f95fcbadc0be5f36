// The user's `outpost.*` settings, pulled per resource with workspace/configuration and cached
// until the client says they changed. Values are checked here: a hand-edited settings.json with a
// wrong type falls back to the default instead of breaking analysis.
import type { Connection } from 'vscode-languageserver';
import type { RuleSetting } from '../engine/config/config';

export interface OutpostSettings {
  enable: boolean;
  /** Severity overrides per rule id (`family/*`, `*` allowed); win over `.outpost.yml`. */
  rules: Record<string, RuleSetting>;
  /** gitignore-syntax patterns relative to the workspace folder. */
  exclude: string[];
  scanAllFiles: boolean;
  /** 0 = take `.outpost.yml`'s value (or the engine default). */
  maxFileSizeKB: number;
  /** '' = take `.outpost.yml`'s value (or the engine default). */
  vaultReferenceTemplate: string;
  scanOnStartup: boolean;
  debounceMs: number;
}

export const DEFAULT_SETTINGS: Readonly<OutpostSettings> = Object.freeze({
  enable: true,
  rules: {},
  exclude: [],
  scanAllFiles: false,
  maxFileSizeKB: 0,
  vaultReferenceTemplate: '',
  scanOnStartup: false,
  debounceMs: 150,
});

const RULE_SETTINGS = new Set(['error', 'warning', 'info', 'off']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function normaliseSettings(raw: unknown): OutpostSettings {
  const s: Record<string, unknown> = isRecord(raw) ? raw : {};
  const rules: Record<string, RuleSetting> = {};
  if (isRecord(s['rules'])) {
    for (const [k, v] of Object.entries(s['rules'])) if (typeof v === 'string' && RULE_SETTINGS.has(v)) rules[k] = v as RuleSetting;
  }
  const num = (v: unknown, d: number, min: number, max: number): number => (typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : d);
  return {
    enable: typeof s['enable'] === 'boolean' ? s['enable'] : DEFAULT_SETTINGS.enable,
    rules,
    exclude: Array.isArray(s['exclude']) ? s['exclude'].filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [],
    scanAllFiles: s['scanAllFiles'] === true,
    maxFileSizeKB: num(s['maxFileSizeKB'], 0, 0, 1024 * 1024),
    vaultReferenceTemplate: typeof s['vaultReferenceTemplate'] === 'string' ? s['vaultReferenceTemplate'].trim() : '',
    scanOnStartup: s['scanOnStartup'] === true,
    debounceMs: num(s['debounceMs'], DEFAULT_SETTINGS.debounceMs, 0, 10_000),
  };
}

/** VS Code's `files.exclude` ({glob: true | {when}}) as gitignore-syntax patterns. */
export function filesExcludePatterns(raw: unknown): string[] {
  if (!isRecord(raw)) return [];
  const out: string[] = [];
  for (const [glob, on] of Object.entries(raw)) {
    // `{when: ...}` depends on sibling files; excluding conditionally is not worth a wrong answer.
    if (on !== true) continue;
    out.push(...expandBraces(glob));
  }
  return out;
}

/** `**\/*.{js,map}` -> two patterns; gitignore has no braces. */
export function expandBraces(glob: string): string[] {
  const m = /\{([^{}]*)\}/.exec(glob);
  if (!m) return [glob];
  return m[1]!.split(',').flatMap((alt) => expandBraces(glob.slice(0, m.index) + alt + glob.slice(m.index + m[0].length)));
}

export class SettingsStore {
  private readonly cache = new Map<string, Promise<OutpostSettings>>();
  private readonly excludeCache = new Map<string, Promise<string[]>>();
  /** Settings pushed by didChangeConfiguration or initializationOptions, for clients without workspace/configuration. */
  private pushed: OutpostSettings;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
    initial: unknown,
  ) {
    this.pushed = normaliseSettings(initial);
  }

  /** Settings that apply to a document or folder URI. */
  get(scopeUri: string | undefined): Promise<OutpostSettings> {
    if (!this.canPull()) return Promise.resolve(this.pushed);
    const key = scopeUri ?? '';
    let p = this.cache.get(key);
    if (!p) {
      // One entry per document ever asked about: keep the cache from growing without bound.
      if (this.cache.size > 1000) this.cache.clear();
      p = this.connection.workspace
        .getConfiguration(scopeUri ? { scopeUri, section: 'outpost' } : { section: 'outpost' })
        .then(normaliseSettings, () => this.pushed);
      this.cache.set(key, p);
    }
    return p;
  }

  filesExclude(scopeUri: string | undefined): Promise<string[]> {
    if (!this.canPull()) return Promise.resolve([]);
    const key = scopeUri ?? '';
    let p = this.excludeCache.get(key);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration(scopeUri ? { scopeUri, section: 'files.exclude' } : { section: 'files.exclude' })
        .then(filesExcludePatterns, () => []);
      this.excludeCache.set(key, p);
    }
    return p;
  }

  /** After workspace/didChangeConfiguration: forget everything; `settings` is the push-model payload. */
  changed(settings: unknown): void {
    this.cache.clear();
    this.excludeCache.clear();
    if (isRecord(settings) && isRecord(settings['outpost'])) this.pushed = normaliseSettings(settings['outpost']);
  }
}
