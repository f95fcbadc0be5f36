// XML as Entry records (parse/entry.ts), so the generic secret checks, the tool table and the
// fixes read XML like every other syntax. The convention:
//   path   element names from the root; an attribute is '@name' after its element's path:
//            <Server><Service><Connector secretRequired="false"/>  ['Server','Service','Connector','@secretRequired']
//          when an element has several children of the same name, each of them gets its 0-based
//          index among those same-named siblings after its name (as a JSON array would):
//            two <server> in <servers>      ['settings','servers','server',0,'password'], [...,'server',1,'password']
//          a lone child has no index, so a path written for the common case matches it.
//   key    an element's text is keyed by the element name, or by its `name`/`key` attribute when it
//          has one (<property name="hibernate.connection.password">pw</property> has key
//          'hibernate.connection.password'); an attribute is keyed by its name, except `value`
//          next to `key`/`name` (<add key="ClearTextPassword" value="pw"/> has key 'ClearTextPassword').
//   value  the decoded text or attribute value; valueRange is exactly what was written (inside the
//          quotes, between the tags, inside CDATA). A value written with entities has a range longer
//          than the value, which the secret checks read as "not spelled literally" and skip.
import type { Entry, PathSegment } from './entry';
import type { ParsedXml, XmlElement } from './xml';
import { attr } from './xml';

/** The key an element's text (or its `value` attribute) goes by. */
export function xmlNameOf(el: XmlElement): string | undefined {
  return attr(el, 'name')?.value ?? attr(el, 'key')?.value;
}

export function xmlEntries(parsed: ParsedXml): Entry[] {
  const out: Entry[] = [];
  if (!parsed.root) return out;
  const stack: { el: XmlElement; path: PathSegment[] }[] = [{ el: parsed.root, path: [parsed.root.name] }];
  while (stack.length > 0) {
    const { el, path } = stack.pop()!;
    const named = xmlNameOf(el);
    for (const a of el.attributes) {
      const key = a.name === 'value' && named !== undefined ? named : a.name;
      out.push({ path: [...path, `@${a.name}`], key, value: a.value, valueRange: a.valueRange, quote: 'double' });
    }
    if (el.text) out.push({ path, key: named ?? el.name, value: el.text.value, valueRange: el.text.range, quote: 'plain' });
    const counts = new Map<string, number>();
    for (const c of el.children) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
    const seen = new Map<string, number>();
    const next: { el: XmlElement; path: PathSegment[] }[] = [];
    for (const c of el.children) {
      const i = seen.get(c.name) ?? 0;
      seen.set(c.name, i + 1);
      next.push({ el: c, path: counts.get(c.name)! > 1 ? [...path, c.name, i] : [...path, c.name] });
    }
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
  }
  return out;
}
