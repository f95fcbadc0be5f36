// People-written wording for the schema errors every format shares: a value of the wrong kind,
// a value outside its list, a misspelt key. Format-specific wording (missing fields) lives next
// to each format.
import type { SchemaProblem } from '../schema-problems';
import { closest, orList, showValue } from '../show-value';

export type Style = 'yaml' | 'json' | 'csv';

export interface FieldNamer {
  /** How the field is called in this file: `mfa`, or for CSV the column `mfa`. */
  (problem: SchemaProblem): string;
}

const TYPE_WORDS: Record<string, string> = {
  boolean: 'true or false',
  integer: 'a whole number',
  number: 'a number',
  array: 'a list',
  object: 'a block of settings (one `key: value` per line)',
  string: 'text',
  null: 'empty',
};

function titleOf(problem: SchemaProblem): string | undefined {
  const t = (problem.error.parentSchema as { title?: string } | undefined)?.title;
  return t ? t.charAt(0).toLowerCase() + t.slice(1) : undefined;
}

/** Message for an `invalid` problem (wrong value). */
export function describeInvalid(problem: SchemaProblem, field: string, style: Style): string {
  const e = problem.error;
  const shown = showValue(problem.value);
  const title = titleOf(problem);
  const what = style === 'csv' ? `The ${field} column` : `\`${field}\``;
  const quoted = style === 'csv' ? `\`${shown}\` in the ${field} column` : `\`${field}: ${shown}\``;
  switch (e.keyword) {
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      return `${quoted} is not a value Outpost understands${title ? ` for ${title}` : ''}, so the setting cannot be checked. Use ${orList(allowed)}.`;
    }
    case 'const': {
      const allowed = (e.params as { allowedValue: unknown }).allowedValue;
      return `${what} must be \`${String(allowed)}\` in this format, not \`${shown}\`.`;
    }
    case 'type': {
      const t = String((e.params as { type: string }).type);
      const expected = style === 'csv' && t === 'boolean' ? 'yes or no' : t.split(',').map((x) => TYPE_WORDS[x] ?? x).join(' or ');
      return `${what} must be ${expected}, not \`${shown}\`; as written, Outpost and the tool that reads this file cannot use it.`;
    }
    case 'format': {
      const f = String((e.params as { format: string }).format);
      if (f === 'date') return `${quoted} is not a date Outpost can read, so the review cannot be checked. Write it as YYYY-MM-DD, e.g. 2026-09-30.`;
      if (f === 'uri') return `${quoted} is not a full address. Write it like https://jira.example.org.`;
      return `${quoted} is not a valid ${f}.`;
    }
    case 'pattern': {
      if (/ipRange|IP address/i.test(JSON.stringify(e.parentSchema ?? {}))) {
        return `\`${shown}\` is not an IP address or CIDR range, so this allow list entry protects nothing. Write entries like 203.0.113.0/24.`;
      }
      return `${quoted} may contain only letters, digits, '.', '_' and '-'.`;
    }
    case 'minimum':
    case 'exclusiveMinimum':
      return `${quoted} is too small: it must be at least ${String((e.params as { limit: number }).limit)}.`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `${quoted} is too large: it must be at most ${String((e.params as { limit: number }).limit)}.`;
    case 'uniqueItems': {
      const list = Array.isArray(problem.value) ? problem.value : [];
      const { i } = e.params as { i: number; j: number };
      return `${what} lists \`${showValue(list[i])}\` twice; list each entry once so the count is right.`;
    }
    case 'minLength':
      return `${what} is empty. Fill it in or remove it.`;
    default:
      return `${quoted} is not valid here (${e.message ?? e.keyword}).`;
  }
}

/** Message for an `unknown` problem (a key the format does not have). */
export function describeUnknown(problem: SchemaProblem, parentName: string | undefined): string {
  const known = Object.keys((problem.error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
  const guess = closest(problem.property!, known);
  const where = parentName ? ` under \`${parentName}\`` : '';
  const hint = guess ? `Did you mean \`${guess}\`?` : `Remove it, or prefix it with \`x-\` if it is a note of your own.`;
  // showValue: the key is the user's text (binary garbage, a pasted token): keep it short and masked.
  return `\`${showValue(problem.property)}\` is not a setting Outpost knows${where}, so it is ignored and protects nothing. ${hint}`;
}
