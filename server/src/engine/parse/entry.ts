// A key/value pair found in a structured file, with source positions. Secret detection by
// context ("a literal under a password-like key") and the vault-reference fix both start here,
// whatever the file's syntax was.
import type { Range } from '../types';

export type PathSegment = string | number;

export interface Entry {
  /** Key path from the document root; array indexes are numbers. */
  path: readonly PathSegment[];
  /** The nearest string key (for `env: [FOO=bar]` style items, the name before `=`). */
  key: string;
  keyRange?: Range;
  /** The decoded value. */
  value: string;
  /** Source range of the value's content: inside the quotes when quoted, the whole block for block scalars. */
  valueRange: Range;
  /** How the value is written in the source. */
  quote: 'plain' | 'double' | 'single' | 'block';
  /** A YAML tag on the value, e.g. `!vault`. */
  tag?: string;
  /** Index of the YAML document in a multi-document file. */
  doc?: number;
  /** HCL: the value is an expression (reference, call, template), not a literal; `value` is its source text. */
  expression?: boolean;
}

export interface ParseProblem {
  message: string;
  range: Range;
}

/** `NAME=value` inside a list item (docker-compose `environment:`, GitLab `variables` lists, ...). */
export function splitAssignment(entry: Entry): Entry | undefined {
  if (entry.quote === 'block') return undefined;
  const m = /^([A-Za-z_][A-Za-z0-9_.-]*)=(.*)$/s.exec(entry.value);
  if (!m) return undefined;
  const name = m[1]!;
  const rest = m[2]!;
  // Only when the source spells the item literally can we point into it.
  const start = entry.valueRange.start + name.length + 1;
  return {
    ...entry,
    key: name,
    value: rest,
    valueRange: { start, end: start + rest.length },
  };
}
