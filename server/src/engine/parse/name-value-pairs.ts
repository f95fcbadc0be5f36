// Values whose name sits in a sibling key: `- name: DB_PASSWORD` + `value: hunter2` (Azure
// Pipelines `variables`, Kubernetes `env`, ECS task definitions `environment: [{name, value}]`,
// CloudFormation parameters, GitHub API payloads). For every mapping with a name-like and a
// value-like key, one more entry is emitted whose key is the *name's value* and whose value
// and range are the value's: the secret checks and the vault fix then read it as `DB_PASSWORD: hunter2`.
// Works on the entries of any YAML or JSON document (it only looks at paths).
import type { Entry, PathSegment } from './entry';

const NAME_KEYS = new Set(['name', 'Name', 'NAME', 'key', 'Key', 'variable', 'Variable', 'ParameterKey', 'OptionName']);
const VALUE_KEYS = new Set(['value', 'Value', 'VALUE', 'ParameterValue', 'defaultValue', 'DefaultValue']);

function parentKey(path: readonly PathSegment[]): string {
  // Paths are short (nesting depth), and the separator cannot occur in a number.
  return path.slice(0, -1).map((s) => (typeof s === 'number' ? `#${s}` : `.${s}`)).join('');
}

/** The synthetic `name → value` entries of a document's entries (empty when there are none). */
export function nameValueEntries(entries: readonly Entry[]): Entry[] {
  const names = new Map<string, Entry>();
  const values: Entry[] = [];
  for (const e of entries) {
    const last = e.path[e.path.length - 1];
    if (typeof last !== 'string' || e.path.length < 2) continue;
    if (NAME_KEYS.has(last) && e.quote !== 'block') names.set(parentKey(e.path), e);
    else if (VALUE_KEYS.has(last)) values.push(e);
  }
  if (names.size === 0 || values.length === 0) return [];
  const out: Entry[] = [];
  for (const v of values) {
    const n = names.get(parentKey(v.path));
    const name = n?.value.trim();
    // A name that is itself a sentence or a path is not a variable name.
    if (!n || !name || name.length > 120 || !/^[A-Za-z_][\w.-]*$/.test(name)) continue;
    const e: Entry = { ...v, path: [...v.path.slice(0, -1), name], key: name };
    if (n.keyRange) e.keyRange = n.valueRange;
    out.push(e);
  }
  return out;
}
