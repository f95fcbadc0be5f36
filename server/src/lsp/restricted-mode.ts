// VS Code's Restricted Mode, on the server side: in a workspace the user has not trusted, what the
// repository's own `.outpost.yml` asks the engine to run or to spend is held back. Its extra secret
// patterns do not run at all (a pattern is code the repository brings, even on a linear engine),
// and it cannot raise the file-size limit or the analysis budget above the defaults. Everything
// else (rules, ignorePaths) still applies: it only makes Outpost quieter, never slower or busier.
// The client says whether the workspace is trusted (initializationOptions.workspaceTrusted) and
// sends `outpost/workspaceTrusted` when the user grants trust; the server then loads it again.
import { DEFAULT_CONFIG } from '../engine/config/config';
import type { OutpostConfig } from '../engine/config/config';
import { LineIndex } from '../engine/line-index';

export interface Restriction {
  config: OutpostConfig;
  /** What was held back, for the one information diagnostic on `.outpost.yml`; undefined when nothing was. */
  notice?: { message: string; line: number; character: number };
}

export function restrictConfig(config: OutpostConfig, configText: string | undefined): Restriction {
  const held: string[] = [];
  const out: OutpostConfig = { ...config };
  if (config.extraPatterns.length > 0) {
    out.extraPatterns = [];
    held.push(`its ${config.extraPatterns.length} secret pattern${config.extraPatterns.length === 1 ? '' : 's'} (secrets.extraPatterns) do not run`);
  }
  if (config.maxFileSizeKB > DEFAULT_CONFIG.maxFileSizeKB) {
    out.maxFileSizeKB = DEFAULT_CONFIG.maxFileSizeKB;
    held.push(`maxFileSizeKB stays at ${DEFAULT_CONFIG.maxFileSizeKB}`);
  }
  if (config.analysisBudgetMs > DEFAULT_CONFIG.analysisBudgetMs) {
    out.analysisBudgetMs = DEFAULT_CONFIG.analysisBudgetMs;
    held.push(`analysisBudgetMs stays at ${DEFAULT_CONFIG.analysisBudgetMs}`);
  }
  if (held.length === 0) return { config: out };
  // Point at the first setting held back, else the top of the file.
  const key = config.extraPatterns.length > 0 ? /^[ \t]*extraPatterns[ \t]*:/m : /^[ \t]*(?:maxFileSizeKB|analysisBudgetMs)[ \t]*:/m;
  const m = configText ? key.exec(configText) : null;
  const at = m && configText ? new LineIndex(configText).positionAt(m.index + (m[0].length - m[0].trimStart().length)) : { line: 0, character: 0 };
  return {
    config: out,
    notice: {
      message: `Restricted Mode: this workspace is not trusted, so Outpost does not use everything this file asks for: ${held.join('; ')}. Trust the workspace (Manage Workspace Trust) if you know where this repository comes from.`,
      line: at.line,
      character: at.character,
    },
  };
}
