// Reading the few value shapes the Terraform exposure extractors need from HCL expressions:
// literal strings, numbers, lists of literal strings. Anything computed (`var.office_cidrs`,
// `concat(...)`) is "unknown", and unknown is never judged as open: Outpost does not guess.
import type { HclAttribute, HclBlock, HclBody, HclExpr } from '../../parse/hcl';
import { hclAttribute } from '../../parse/hcl';

export function literalString(expr: HclExpr | undefined): string | undefined {
  return expr?.kind === 'literal' && expr.valueType !== 'null' ? expr.value : undefined;
}

export function attrString(body: HclBody, name: string): string | undefined {
  return literalString(hclAttribute(body, name)?.expr);
}

export function attrNumber(body: HclBody, name: string): number | undefined {
  const s = attrString(body, name);
  return s !== undefined && /^-?\d+$/.test(s.trim()) ? Number(s) : undefined;
}

/** The literal strings of a list (or a single string); undefined when any item is computed. */
export function literalStrings(expr: HclExpr | undefined): string[] | undefined {
  if (!expr) return undefined;
  if (expr.kind === 'literal') return [expr.value];
  if (expr.kind !== 'tuple') return undefined;
  const out: string[] = [];
  for (const item of expr.items) {
    const s = literalString(item);
    if (s === undefined) return undefined;
    out.push(s);
  }
  return out;
}

/** `resource "<type>" "<name>" { … }` blocks at the top level. */
export function resources(body: HclBody, types: ReadonlySet<string>): HclBlock[] {
  return body.items.filter((i): i is HclBlock => i.type === 'block' && i.blockType === 'resource' && i.labels.length >= 2 && types.has(i.labels[0]!.value));
}

/** Text that names what a resource serves: its label, name/description attributes, tags and references. */
export function hintsOf(text: string, ...bodies: (HclBody | undefined)[]): string[] {
  const out: string[] = [];
  for (const body of bodies) {
    if (!body) continue;
    for (const item of body.items) {
      if (item.type !== 'attribute') continue;
      if (!/^(name|name_prefix|description|tags|labels|target_tags|security_group_id|network_security_group_name|referenced_security_group_id|network|comment)$/.test(item.name)) continue;
      out.push(text.slice(item.expr.range.start, Math.min(item.expr.range.end, item.expr.range.start + 500)));
    }
  }
  return out;
}

export function attr(body: HclBody, name: string): HclAttribute | undefined {
  return hclAttribute(body, name);
}
