// The spreadsheet form of the asset inventory, turned into the same shape as `kind:
// AssetInventory` so one schema and one set of rules serve both. Columns (case and spaces do
// not matter, unknown columns are ignored so a sheet may keep its own notes):
//   id,name,type,purpose,owner,vendor,exposure,auth_method,mfa,ip_allowlist,
//   patch_responsibility,audit_log,last_reviewed
// plus the optional patch_contact, vpn_required, anonymous_access, forwarded_to and config. Without a
// patch_contact column the owner is the patch contact. Lists (ip_allowlist) are separated by
// `;`, `|` or spaces; yes/no columns accept yes/no/true/false/y/n/1/0.
import type { Range } from '../types';
import type { PathSegment } from '../parse/entry';
import type { ParsedCsv, CsvCell } from '../parse/csv';
import type { Located, SourceTree } from './source-tree';

type Conv = 'text' | 'list' | 'bool';

/** CSV column -> path inside an asset, and how the cell is converted. */
export const CSV_COLUMNS: Readonly<Record<string, { path: readonly string[]; conv: Conv }>> = {
  id: { path: ['id'], conv: 'text' },
  name: { path: ['name'], conv: 'text' },
  type: { path: ['type'], conv: 'text' },
  purpose: { path: ['purpose'], conv: 'text' },
  owner: { path: ['owner'], conv: 'text' },
  vendor: { path: ['vendor'], conv: 'text' },
  exposure: { path: ['exposure'], conv: 'text' },
  auth_method: { path: ['authentication', 'method'], conv: 'text' },
  mfa: { path: ['authentication', 'mfa'], conv: 'text' },
  anonymous_access: { path: ['authentication', 'anonymousAccess'], conv: 'bool' },
  ip_allowlist: { path: ['network', 'ipAllowlist'], conv: 'list' },
  vpn_required: { path: ['network', 'vpnRequired'], conv: 'bool' },
  patch_responsibility: { path: ['patching', 'responsibility'], conv: 'text' },
  patch_contact: { path: ['patching', 'contact'], conv: 'text' },
  audit_log: { path: ['logging', 'auditLog'], conv: 'bool' },
  forwarded_to: { path: ['logging', 'forwardedTo'], conv: 'text' },
  last_reviewed: { path: ['lastReviewed'], conv: 'text' },
  config: { path: ['config'], conv: 'list' },
};

const TRUE = new Set(['yes', 'y', 'true', '1']);
const FALSE = new Set(['no', 'n', 'false', '0']);

export function normaliseHeader(h: string): string {
  return h.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function convert(cell: string, conv: Conv): unknown {
  switch (conv) {
    case 'list':
      return cell.split(/[;|\s]+/).filter(Boolean);
    case 'bool': {
      const l = cell.toLowerCase();
      if (TRUE.has(l)) return true;
      if (FALSE.has(l)) return false;
      return cell; // left as text: the schema reports it as "not yes/no"
    }
    default:
      return cell;
  }
}

function setPath(obj: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let cur = obj;
  for (const seg of path.slice(0, -1)) {
    const next = (cur[seg] ??= {}) as Record<string, unknown>;
    cur = next;
  }
  cur[path[path.length - 1]!] = value;
}

export class CsvInventoryTree implements SourceTree {
  readonly data: { apiVersion: string; kind: string; assets: Record<string, unknown>[] };
  readonly doc = 0;
  readonly headRange: Range;
  /** Normalised column name -> column index. */
  private readonly columns = new Map<string, number>();

  constructor(private readonly csv: ParsedCsv) {
    csv.header.forEach((h, i) => {
      const name = normaliseHeader(h.value);
      if (!this.columns.has(name)) this.columns.set(name, i);
    });
    const first = csv.header[0];
    const last = csv.header[csv.header.length - 1];
    this.headRange = first && last ? { start: first.range.start, end: last.range.end } : { start: 0, end: 0 };
    const assets = csv.rows.map((row) => {
      const asset: Record<string, unknown> = {};
      for (const [name, spec] of Object.entries(CSV_COLUMNS)) {
        const cell = this.cellOf(row, name);
        if (cell && cell.value !== '') setPath(asset, spec.path, convert(cell.value, spec.conv));
      }
      if (!this.columns.has('patch_contact') && typeof asset['owner'] === 'string') {
        setPath(asset, ['patching', 'contact'], asset['owner']);
      }
      return asset;
    });
    this.data = { apiVersion: 'outpost/v1', kind: 'AssetInventory', assets };
  }

  hasColumn(name: string): boolean {
    return this.columns.has(name);
  }

  private cellOf(row: readonly CsvCell[], column: string): CsvCell | undefined {
    const i = this.columns.get(column);
    return i === undefined ? undefined : row[i];
  }

  /** The CSV column holding an asset field, e.g. ['authentication','mfa'] -> 'mfa'. */
  static columnFor(field: readonly PathSegment[]): string | undefined {
    const key = field.join('.');
    for (const [name, spec] of Object.entries(CSV_COLUMNS)) if (spec.path.join('.') === key) return name;
    return undefined;
  }

  /** The range of a row: from its first to its last cell. */
  private rowRange(r: number): Range | undefined {
    const row = this.csv.rows[r];
    if (!row || row.length === 0) return undefined;
    return { start: row[0]!.range.start, end: row[row.length - 1]!.range.end };
  }

  locate(path: readonly PathSegment[]): Located | undefined {
    if (path.length === 0) return { valueRange: this.headRange, collection: true };
    if (path[0] !== 'assets') return undefined;
    if (path.length === 1) return { valueRange: this.headRange, collection: true };
    const r = Number(path[1]);
    const rowRange = this.rowRange(r);
    if (!rowRange) return undefined;
    if (path.length === 2) return { valueRange: rowRange, collection: true };
    const field = path.slice(2);
    // A list cell (ip_allowlist) is one cell; its items point at the cell too.
    const column = CsvInventoryTree.columnFor(field) ?? CsvInventoryTree.columnFor(field.slice(0, -1));
    if (column) {
      const cell = this.cellOf(this.csv.rows[r]!, column);
      if (!cell || cell.value === '') return undefined;
      return { valueRange: cell.range, collection: false };
    }
    // Intermediate objects (authentication, network, ...) have no place of their own in a
    // row: answering undefined makes callers fall back to the row's id cell.
    return undefined;
  }
}
