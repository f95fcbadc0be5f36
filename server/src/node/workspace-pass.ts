// The workspace pass both the CLI and the language server run after analysing every file: the
// checks that need two files (today: an asset inventory against the tools' own config files,
// engine/workspace/inventory-cross-check.ts). The caller says how to read a workspace file (the
// editor's buffer wins over the disk in the server); this reads only the inventories found and
// the config files they name.
import type { OutpostConfig } from '../engine/config/config';
import type { FileKind, Finding } from '../engine/types';
import { configPathsNamed, crossCheckInventories } from '../engine/workspace/inventory-cross-check';
import type { WorkspaceText } from '../engine/workspace/inventory-cross-check';

export const INVENTORY_FILE_KINDS: ReadonlySet<FileKind | undefined> = new Set<FileKind | undefined>(['asset-inventory', 'asset-inventory-csv']);

export interface WorkspacePassInput {
  /** Workspace-relative paths of the files analysed as asset inventories. */
  inventories: readonly string[];
  /** Text of a workspace-relative file, or undefined when it is missing, unreadable or too large. */
  read: (rel: string) => string | undefined;
  config: OutpostConfig;
  baseline?: ReadonlySet<string>;
}

/** Findings per workspace-relative path, with the text each was computed on (for positions). */
export function runWorkspacePass(input: WorkspacePassInput): Map<string, { text: string; findings: Finding[] }> {
  const out = new Map<string, { text: string; findings: Finding[] }>();
  if (input.inventories.length === 0) return out;
  const inventories: WorkspaceText[] = [];
  for (const rel of input.inventories) {
    const text = input.read(rel);
    if (text !== undefined) inventories.push({ path: rel, text });
  }
  const configs = new Map<string, string>();
  for (const rel of configPathsNamed(inventories, { config: input.config })) {
    const text = input.read(rel);
    if (text !== undefined) configs.set(rel, text);
  }
  const texts = new Map<string, string>([...inventories.map((i): [string, string] => [i.path, i.text]), ...configs]);
  const found = crossCheckInventories(inventories, configs, { config: input.config, ...(input.baseline ? { baseline: input.baseline } : {}) });
  for (const [path, findings] of found) out.set(path, { text: texts.get(path)!, findings });
  return out;
}
