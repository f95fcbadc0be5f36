// Inline suppression comments:
//   <value>  # outpost-ignore[rule-id]: reason            (this line)
//   # outpost-ignore-next-line[rule-id, other-id]: reason (the next line)
// The comment may use the file's comment syntax: `#`, `;`, `//`, `/* */`, `<!-- -->`.
// A bracket-less `outpost-ignore` silences every rule on that line; `family/*` a family.
import type { Syntax } from '../kinds/detect-kind';
import { lines } from '../parse/line-entries';

// The rule list is bounded ({0,1000}): unbounded, every unclosed `outpost-ignore[` rescans the
// rest of the line, which is quadratic on a long line full of them.
const MARKER = /(?:#|;|\/\/|\/\*|<!--)\s*outpost-ignore(-next-line)?(?:\[([^\]\n]{0,1000})\])?/g;

export interface Suppressions {
  isSuppressed(ruleId: string, line: number): boolean;
}

/** The comment text that starts a suppression in files of this syntax. */
export function commentPrefix(syntax: Syntax): string {
  switch (syntax) {
    case 'groovy':
    case 'json':
      return '//';
    case 'ini':
      return ';';
    case 'xml':
      return '<!--';
    default:
      return '#';
  }
}

function matches(ruleId: string, spec: string[] | null): boolean {
  if (spec === null) return true;
  return spec.some((s) => s === ruleId || s === '*' || (s.endsWith('/*') && ruleId.startsWith(s.slice(0, -1))));
}

export function inlineSuppressions(text: string, _syntax: Syntax): Suppressions {
  const byLine = new Map<number, (string[] | null)[]>();
  if (!text.includes('outpost-ignore')) return { isSuppressed: () => false };
  let lineNo = 0;
  for (const l of lines(text)) {
    if (l.text.includes('outpost-ignore')) {
      for (const m of l.text.matchAll(MARKER)) {
        const target = m[1] ? lineNo + 1 : lineNo;
        const spec = m[2] === undefined ? null : m[2].split(',').map((s) => s.trim()).filter(Boolean);
        const list = byLine.get(target) ?? [];
        list.push(spec);
        byLine.set(target, list);
      }
    }
    lineNo++;
  }
  return {
    isSuppressed: (ruleId, line) => (byLine.get(line) ?? []).some((spec) => matches(ruleId, spec)),
  };
}
