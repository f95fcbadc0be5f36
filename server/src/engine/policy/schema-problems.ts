// Runs a compiled schema over a document and turns each ajv error into a problem with a source
// range (see ranges.ts for the convention). Wording is left to the per-format message modules;
// this file only decides *what* is wrong and *where*.
import type { ErrorObject } from 'ajv';
import type { Range } from '../types';
import type { PathSegment } from '../parse/entry';
import type { SourceTree } from './source-tree';
import { dataAt } from './source-tree';
import type { OutpostKind } from './documents';
import { validatorFor } from './compiled-schemas';
import { pointerToPath } from './pointer';
import { keyRangeAt, missingRangeAt, valueRangeAt } from './ranges';

export type ProblemKind = 'missing' | 'empty' | 'unknown' | 'invalid';

export interface SchemaProblem {
  kind: ProblemKind;
  /** missing/empty: the parent object; unknown: the unknown key; invalid: the value. */
  path: PathSegment[];
  /** The missing, empty or unknown property name. */
  property?: string;
  /** The offending value (invalid). */
  value?: unknown;
  error: ErrorObject;
  range: Range;
}

const WRAPPERS = new Set(['if', 'then', 'else', 'anyOf', 'oneOf', 'allOf', 'not', '$ref']);

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export function schemaProblems(tree: SourceTree, kind: OutpostKind): SchemaProblem[] {
  const validate = validatorFor(kind);
  if (validate(tree.data)) return [];
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    if (WRAPPERS.has(error.keyword)) continue;
    const path = pointerToPath(error.instancePath, tree.data);
    let p: SchemaProblem;
    if (error.keyword === 'required') {
      const property = String((error.params as { missingProperty: string }).missingProperty);
      p = { kind: 'missing', path, property, error, range: missingRangeAt(tree, path) };
    } else if (error.keyword === 'additionalProperties') {
      const property = String((error.params as { additionalProperty: string }).additionalProperty);
      p = { kind: 'unknown', path: [...path, property], property, error, range: keyRangeAt(tree, [...path, property]) };
    } else {
      const value = dataAt(tree.data, path);
      const last = path[path.length - 1];
      const parent = dataAt(tree.data, path.slice(0, -1));
      if (isEmpty(value) && typeof last === 'string' && parent !== null && typeof parent === 'object' && !Array.isArray(parent)) {
        // `owner:` with nothing after it, or `owner: ""`: the message modules treat a required
        // property written empty as missing.
        p = { kind: 'empty', path: path.slice(0, -1), property: last, value, error, range: keyRangeAt(tree, path) };
      } else {
        p = { kind: 'invalid', path, value, error, range: valueRangeAt(tree, path) };
      }
    }
    const key = `${p.kind}\0${p.path.join('/')}\0${p.property ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}
