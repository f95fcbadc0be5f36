// Writes small JSON values as YAML text in the file's own style: block maps indented by the
// file's unit, scalars plain when that is unambiguous, quoted otherwise.

/** Words YAML (1.1 or 1.2) would read as something other than a string. */
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~|-?\.?inf|\.nan)$/i;

export function yamlScalar(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  const s = String(v);
  const plainSafe = /^[A-Za-z_/.$][\w ./@$-]*$/.test(s) && !RESERVED.test(s) && !/\s$/.test(s) && !/^\d/.test(s);
  // `${{ expr }}` is a plain scalar in practice (every GitHub workflow writes it so).
  if (plainSafe || /^\$\{\{[^#\n]*\}\}$/.test(s)) return s;
  return JSON.stringify(s);
}

/** Flow form: `[a, b]`, `{x: 1}`, for inline values. */
export function yamlFlow(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(yamlFlow).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.entries(v).map(([k, x]) => `${yamlScalar(k)}: ${yamlFlow(x)}`).join(', ')}}`;
  }
  return yamlScalar(v);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0;
}

/**
 * Lines for `key: value` at column `indent` (no trailing newline); nested maps go one `unit`
 * deeper. The optional comment follows the last line (the innermost setting).
 */
export function yamlPairLines(key: string, value: unknown, indent: number, unit: number, comment?: string): string[] {
  const lines = pairLines(key, value, indent, unit);
  if (comment) lines[lines.length - 1] += `  # ${comment}`;
  return lines;
}

function pairLines(key: string, value: unknown, indent: number, unit: number): string[] {
  const pad = ' '.repeat(indent);
  if (isPlainObject(value)) {
    const lines = [`${pad}${yamlScalar(key)}:`];
    for (const [k, v] of Object.entries(value)) lines.push(...pairLines(k, v, indent + unit, unit));
    return lines;
  }
  return [`${pad}${yamlScalar(key)}: ${yamlFlow(value)}`];
}
