// HCL as key/value entries (see entry.ts): path = [blockType, ...labels, attribute, ...object keys /
// tuple indexes], e.g. ['resource', 'aws_db_instance', 'main', 'password']. Nested blocks add their
// type and labels (`ingress` blocks repeat: their entries share a path and differ by range).
// List items have their index as `key` (see below); a variable's `default` has the variable's name.
// Literals carry their decoded value; any other expression (a reference such as `var.x`, a call, a
// template with `${…}`) is an entry with `expression: true` and its source text as the value, so
// posture checks can tell "set to something we cannot judge" from "missing", and secret checks
// skip it (secrets/references/terraform.ts).
import type { Entry, PathSegment } from './entry';
import type { HclBody, HclExpr, ParsedHcl } from './hcl';

export function hclEntries(parsed: ParsedHcl, text: string): Entry[] {
  const out: Entry[] = [];
  const addExpr = (path: PathSegment[], key: string, keyRange: Entry['keyRange'], expr: HclExpr): void => {
    switch (expr.kind) {
      case 'literal': {
        const e: Entry = { path, key, value: expr.value, valueRange: expr.content, quote: expr.quote === 'double' ? 'double' : expr.quote === 'heredoc' ? 'block' : 'plain' };
        if (keyRange) e.keyRange = keyRange;
        out.push(e);
        return;
      }
      case 'expression': {
        const e: Entry = { path, key, value: text.slice(expr.range.start, expr.range.end), valueRange: expr.range, quote: 'plain', expression: true };
        if (keyRange) e.keyRange = keyRange;
        out.push(e);
        return;
      }
      case 'tuple':
        // List items are keyed by their index, not the list's name: Terraform lists under a name
        // are records (`rule_x = ["Inbound", "Allow", "*", "464", "AllowPasswordChange"]`), and
        // their items are not the values of a password key.
        expr.items.forEach((item, i) => addExpr([...path, i], String(i), undefined, item));
        return;
      case 'object':
        for (const item of expr.items) if (item.key !== undefined) addExpr([...path, item.key], item.key, item.keyRange, item.value);
        return;
    }
  };
  const walk = (body: HclBody, prefix: PathSegment[]): void => {
    for (const item of body.items) {
      // `variable "db_password" { default = "…" }`: the value's name is the variable's, not "default".
      const named = item.type === 'attribute' && item.name === 'default' && prefix.length === 2 && prefix[0] === 'variable' ? String(prefix[1]) : undefined;
      if (item.type === 'attribute') addExpr([...prefix, item.name], named ?? item.name, item.nameRange, item.expr);
      else walk(item.body, [...prefix, item.blockType, ...item.labels.map((l) => l.value)]);
    }
  };
  walk(parsed.body, []);
  return out;
}
