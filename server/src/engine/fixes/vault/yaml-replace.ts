// Replaces a literal inside a YAML scalar with a reference, keeping the document valid: the
// reference is escaped for the scalar's style; if the result does not read back as intended
// (a plain scalar that would now start with an indicator, a flow context), the whole scalar is
// rewritten as a double-quoted string. Every result is checked by parsing it again.
import { Scalar } from 'yaml';
import type { OffsetEdit } from '../fix-provider';
import { parseYaml } from '../../parse/yaml-entries';
import type { ParsedYaml } from '../../parse/yaml-entries';
import { locateScalar, inFlow } from './yaml-locate';
import type { ScalarHit } from './yaml-locate';
import { applyEdits } from './text-lines';

function escapeFor(style: Scalar['type'], s: string): string {
  switch (style) {
    case Scalar.QUOTE_DOUBLE:
      return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    case Scalar.QUOTE_SINGLE:
      return s.replace(/'/g, "''");
    default:
      return s;
  }
}

/** The scalar's decoded value after replacing [start, end) of the source with `reference`. */
function expectedValue(text: string, hit: ScalarHit, start: number, end: number, reference: string): string | undefined {
  const value = String(hit.scalar.value ?? '');
  const secret = text.slice(start, end);
  const [s, e] = hit.scalar.range!;
  const quoted = hit.scalar.type === Scalar.QUOTE_DOUBLE || hit.scalar.type === Scalar.QUOTE_SINGLE;
  const contentStart = quoted ? s + 1 : s;
  const raw = text.slice(contentStart, quoted ? e - 1 : e);
  if (raw === value) return value.slice(0, start - contentStart) + reference + value.slice(end - contentStart);
  const first = value.indexOf(secret);
  if (first !== -1 && value.indexOf(secret, first + 1) === -1) return value.slice(0, first) + reference + value.slice(first + secret.length);
  return undefined;
}

function readsBack(newText: string, at: number, expected: string | undefined, reference: string, errorsBefore: number): boolean {
  const parsed = parseYaml(newText);
  if (parsed.problems.length > errorsBefore) return false;
  const hit = locateScalar(parsed, at);
  if (!hit) return false;
  const v = String(hit.scalar.value ?? '');
  return expected === undefined ? v.includes(reference) : v === expected;
}

/**
 * Edits that put `reference` (the decoded text wanted in the value) where [start, end) is.
 * Undefined when no edit keeps the document valid.
 */
export function replaceInYamlScalar(text: string, parsed: ParsedYaml, start: number, end: number, reference: string): OffsetEdit[] | undefined {
  const hit = locateScalar(parsed, start);
  if (!hit || !hit.scalar.range) return undefined;
  const errorsBefore = parsed.problems.length;
  const expected = expectedValue(text, hit, start, end, reference);
  const style = hit.scalar.type;
  const scalarStart = hit.scalar.range[0];

  const minimal: OffsetEdit = { range: { start, end }, newText: escapeFor(style, reference) };
  if (readsBack(applyEdits(text, [minimal]), scalarStart, expected, reference, errorsBefore)) return [minimal];

  if (expected === undefined || style === Scalar.BLOCK_LITERAL || style === Scalar.BLOCK_FOLDED) return undefined;
  // Rewrite the scalar as a double-quoted string (JSON strings are valid YAML double-quoted scalars).
  const whole: OffsetEdit = { range: { start: scalarStart, end: hit.scalar.range[1] }, newText: JSON.stringify(expected) };
  if (readsBack(applyEdits(text, [whole]), scalarStart, expected, reference, errorsBefore)) return [whole];
  return undefined;
}

/** True when the scalar holding `offset` sits inside a flow collection (`{a: b}`, `[x]`). */
export function scalarInFlow(parsed: ParsedYaml, offset: number): boolean {
  const hit = locateScalar(parsed, offset);
  return hit ? inFlow(hit.chain) : false;
}
