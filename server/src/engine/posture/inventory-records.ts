// The assets of an inventory file as plain records for the posture view and the report: every
// field the quarterly review looks at, the inventory's review interval, and where the asset is
// written (offsets; the edges turn them into lines). Pure: text + path in, records out.
import { AnalysisContext } from '../context';
import { withDefaults } from '../config/config';
import type { OutpostConfig } from '../config/config';
import { detectKind, syntaxOf } from '../kinds/detect-kind';
import { dataAt } from '../policy/source-tree';
import { keyRangeAt } from '../policy/ranges';
import { field, inventoryAssets, INVENTORY_KINDS } from '../rules/inventory/assets';
import type { Range } from '../types';

export interface AssetRecord {
  /** The asset's id, else its name, else "row N" / "asset N". */
  label: string;
  id?: string;
  name?: string;
  type?: string;
  purpose?: string;
  owner?: string;
  vendor?: string;
  exposure?: string;
  authMethod?: string;
  mfa?: string;
  anonymousAccess?: boolean;
  ipAllowlist: string[];
  vpnRequired?: boolean;
  patchResponsibility?: string;
  patchContact?: string;
  auditLog?: boolean;
  forwardedTo?: string;
  /** As written (may be an invalid date: the model says so). */
  lastReviewed?: string;
  /** The inventory's `reviewEveryDays` when it is a positive whole number. */
  reviewEveryDays?: number;
  /** A workspace path naming the asset's real server configuration (`config:` or `x-config:`), when the inventory gives one. */
  config?: string;
  /** Where the asset is written: its id (or first key / CSV row). */
  range: Range;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : undefined);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

function positiveInt(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined;
}

/** True when the file is an Outpost asset inventory (YAML/JSON `kind: AssetInventory` or the CSV sheet). */
export function isInventoryFile(path: string, content: string): boolean {
  const kind = detectKind(path, content);
  return kind !== undefined && (INVENTORY_KINDS as readonly string[]).includes(kind);
}

/** Every asset of an inventory file; none for any other file or a file that does not parse. */
export function inventoryRecords(path: string, content: string, config: OutpostConfig = withDefaults({})): AssetRecord[] {
  const kind = detectKind(path, content);
  if (!kind || !(INVENTORY_KINDS as readonly string[]).includes(kind)) return [];
  const ctx = new AnalysisContext(path, content, kind, syntaxOf(kind, path), config, new Date(0));
  return inventoryAssets(ctx).map((a, i) => {
    const list = field(a, 'network', 'ipAllowlist');
    const id = text(field(a, 'id'));
    const name = text(field(a, 'name'));
    // `config:` may come with the schema (branch i8c); until then `x-config:` is the schema-valid spelling.
    const configPath = text(field(a, 'config')) ?? text(field(a, 'x-config'));
    const rec: AssetRecord = {
      label: id ?? name ?? (a.csv ? `row ${Number(a.path[1]) + 2}` : `asset ${i + 1}`),
      ipAllowlist: Array.isArray(list) ? list.map((x) => text(x)).filter((x): x is string => x !== undefined) : [],
      range: keyRangeAt(a.tree, a.path),
    };
    const put = <K extends keyof AssetRecord>(k: K, v: AssetRecord[K] | undefined): void => {
      if (v !== undefined) rec[k] = v;
    };
    put('id', id);
    put('name', name);
    put('type', text(field(a, 'type')));
    put('purpose', text(field(a, 'purpose')));
    put('owner', text(field(a, 'owner')));
    put('vendor', text(field(a, 'vendor')));
    put('exposure', text(field(a, 'exposure')));
    put('authMethod', text(field(a, 'authentication', 'method')));
    put('mfa', text(field(a, 'authentication', 'mfa')));
    put('anonymousAccess', bool(field(a, 'authentication', 'anonymousAccess')));
    put('vpnRequired', bool(field(a, 'network', 'vpnRequired')));
    put('patchResponsibility', text(field(a, 'patching', 'responsibility')));
    put('patchContact', text(field(a, 'patching', 'contact')));
    put('auditLog', bool(field(a, 'logging', 'auditLog')));
    put('forwardedTo', text(field(a, 'logging', 'forwardedTo')));
    // YAML may hand a bare date over as a string or (yaml 1.1 style) a Date; keep what was written.
    const reviewed = field(a, 'lastReviewed');
    put('lastReviewed', reviewed instanceof Date ? reviewed.toISOString().slice(0, 10) : text(reviewed));
    put('reviewEveryDays', positiveInt(dataAt(a.tree.data, ['reviewEveryDays'])));
    put('config', configPath);
    return rec;
  });
}
