// The cross-file pass over a small in-memory workspace, as the CLI and the server run it after
// analysing every file: inventories name config files, whose text is looked up in the same set.
import { analyze } from '../../server/src/engine/analyze';
import type { OutpostConfig } from '../../server/src/engine/config/config';
import type { Finding } from '../../server/src/engine/types';
import { configPathsNamed, crossCheckInventories } from '../../server/src/engine/workspace/inventory-cross-check';
import type { WorkspaceText } from '../../server/src/engine/workspace/inventory-cross-check';

const cache = new Map<string, Map<string, Finding[]>>();

export function workspacePassFindings(files: readonly WorkspaceText[], config: OutpostConfig): Map<string, Finding[]> {
  const key = JSON.stringify(files.map((f) => [f.path, f.text.length]));
  const known = cache.get(key);
  if (known) return known;
  const inventories = files.filter((f) => {
    const k = analyze({ path: f.path, text: f.text, config }).kind;
    return k === 'asset-inventory' || k === 'asset-inventory-csv';
  });
  const texts = new Map(files.map((f) => [f.path, f.text]));
  const configs = new Map<string, string>();
  for (const p of configPathsNamed(inventories, { config })) if (texts.has(p)) configs.set(p, texts.get(p)!);
  const out = crossCheckInventories(inventories, configs, { config });
  cache.set(key, out);
  return out;
}
