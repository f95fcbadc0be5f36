// Wording for schema problems in the asset inventory (YAML, JSON and the CSV sheet).
// Rule ids: a required field missing or empty -> inventory/missing-field; anything else the
// schema rejects (unknown value, wrong type, misspelt key) -> inventory/invalid-value.
import type { SourceTree } from '../source-tree';
import type { SchemaProblem } from '../schema-problems';
import { itemLabel } from '../ranges';
import { showValue } from '../show-value';
import { CsvInventoryTree } from '../csv-inventory';
import { describeInvalid, describeUnknown } from './describe-invalid';
import type { Style } from './describe-invalid';

export const MISSING_FIELD = 'inventory/missing-field';
export const INVALID_VALUE = 'inventory/invalid-value';

interface MissingText {
  /** What is missing and why it matters (follows "Asset `x` ..."). */
  what: string;
  /** How to add it in YAML/JSON. */
  add: string;
  /** How to add it in the CSV sheet. */
  csv: string;
}

const MISSING: Record<string, MissingText> = {
  id: { what: 'has no `id`, so findings and reviews cannot refer to it', add: 'Add a short unique `id`, e.g. `id: jira-partners`.', csv: 'Fill in the id column.' },
  type: { what: 'does not say what kind of asset it is', add: 'Add `type:` (saas, server, cloud-instance, repository, ci-service, network-device or other).', csv: 'Fill in the type column.' },
  purpose: { what: 'has no `purpose`: nobody can tell whether it is still needed, and forgotten servers are the ones nobody patches', add: 'Add `purpose: <what it is for>`.', csv: 'Fill in the purpose column.' },
  owner: { what: 'has no `owner`: an asset nobody owns is an asset nobody patches or reviews', add: 'Add `owner: <team or person e-mail>`.', csv: 'Fill in the owner column.' },
  vendor: { what: 'has no `vendor`: you cannot follow security advisories for a product you cannot name', add: 'Add `vendor: <who makes or hosts it>`.', csv: 'Fill in the vendor column.' },
  exposure: { what: 'does not say whether it faces the internet, so nobody can tell how strictly it must be protected', add: 'Add `exposure: internet`, `vpn` or `internal`.', csv: 'Fill in the exposure column (internet, vpn or internal).' },
  authentication: { what: 'does not say how people sign in to it', add: 'Add `authentication:` with `method:` (sso, password, api-key, certificate or none) and `mfa:`.', csv: 'Fill in the auth_method and mfa columns.' },
  method: { what: 'does not say how people sign in to it', add: 'Add `method:` under `authentication:` (sso, password, api-key, certificate or none).', csv: 'Fill in the auth_method column (sso, password, api-key, certificate or none).' },
  patching: { what: 'does not say who installs its security updates, so probably nobody does', add: 'Add `patching:` with `responsibility:` (vendor, owner or shared) and `contact:`.', csv: 'Fill in the patch_responsibility column (vendor, owner or shared).' },
  responsibility: { what: 'does not say who installs its security updates, so probably nobody does', add: 'Add `responsibility: vendor`, `owner` or `shared` under `patching:`.', csv: 'Fill in the patch_responsibility column (vendor, owner or shared).' },
  contact: { what: 'has no patch `contact`: when a security advisory comes out, nobody is told', add: 'Add `contact: <e-mail that is read>` under `patching:`.', csv: 'Fill in the patch_contact column (or the owner column).' },
  assets: { what: 'has no `assets:` list', add: 'Add `assets:` with one entry per external server, cloud instance and SaaS tool.', csv: '' },
  apiVersion: { what: 'has no `apiVersion`', add: 'Add `apiVersion: outpost/v1` so Outpost and the editor know which format this is.', csv: '' },
  kind: { what: 'has no `kind`', add: 'Add `kind: AssetInventory`.', csv: '' },
};

const REQUIRED = new Set(Object.keys(MISSING));

function subject(tree: SourceTree, problem: SchemaProblem, csv: boolean): string {
  if (problem.path[0] !== 'assets' || problem.path.length < 2) return 'This inventory';
  const i = Number(problem.path[1]);
  const label = itemLabel(tree, ['assets', i]);
  if (label) return `Asset \`${showValue(label)}\``; // short and masked: it is the user's text
  return csv ? `The asset in row ${i + 2}` : `Asset number ${i + 1}`;
}

function fieldName(problem: SchemaProblem, csv: boolean): string {
  const segs = problem.path.filter((s): s is string => typeof s === 'string');
  if (csv) {
    const field = problem.path.slice(2).filter((s): s is string => typeof s === 'string');
    return CsvInventoryTree.columnFor(field) ?? segs[segs.length - 1] ?? '';
  }
  const last = problem.path[problem.path.length - 1];
  if (typeof last === 'number') return `${segs[segs.length - 1] ?? ''} entry`;
  return String(last ?? '');
}

export function describeInventoryProblem(tree: SourceTree, problem: SchemaProblem, style: Style): { ruleId: string; message: string } {
  const csv = style === 'csv';
  if ((problem.kind === 'missing' || problem.kind === 'empty') && REQUIRED.has(problem.property!)) {
    const t = MISSING[problem.property!]!;
    const what = problem.kind === 'empty' ? t.what.replace(/^has no /, 'has an empty ') : t.what;
    return { ruleId: MISSING_FIELD, message: `${subject(tree, problem, csv)} ${what}. ${csv && t.csv ? t.csv : t.add}` };
  }
  if (problem.kind === 'empty') {
    return { ruleId: INVALID_VALUE, message: `\`${problem.property}\` is empty. Fill it in or remove the line.` };
  }
  if (problem.kind === 'unknown') {
    const parent = problem.path.slice(0, -1).filter((s): s is string => typeof s === 'string').pop();
    return { ruleId: INVALID_VALUE, message: describeUnknown(problem, parent === 'assets' ? undefined : parent) };
  }
  return { ruleId: INVALID_VALUE, message: describeInvalid(problem, fieldName(problem, csv), style) };
}
