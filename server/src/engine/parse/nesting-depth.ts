// A cheap upper estimate of how deeply a YAML (or JSON) document nests, computed before parsing.
// The `yaml` package recurses once per level; about 1,000 levels of `[` or `- - -` exhaust the
// stack, and when V8 then needs to compile a regular expression that deep it aborts the whole
// process ("RegExpCompiler Allocation failed") instead of throwing. So documents deeper than a
// limit are not handed to the parser at all.
//
// Counted: open flow brackets (`[`, `{`, ignoring quoting: an overestimate is fine) plus, per
// line, the number of increases of indentation above it and the compact `- ` markers that start
// it. Real files stay far below the limit; only hostile ones reach it. One pass: the regex only
// jumps from one newline or bracket to the next.

const INTERESTING = /[\n[\]{}]/g;

export function nestingDepthAtLeast(text: string, limit: number): boolean {
  const indents: number[] = [];
  let flow = 0;
  let lineDepth = 0;

  /** Indentation levels and compact sequence markers of the line starting at `i`. */
  const startLine = (i: number): void => {
    let j = i;
    while (text.charCodeAt(j) === 32) j++;
    const c = text.charCodeAt(j);
    if (j >= text.length || c === 10 || c === 13 || c === 35 /* # */) {
      lineDepth = indents.length;
      return;
    }
    const indent = j - i;
    while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
    indents.push(indent);
    let markers = 0;
    while (text.charCodeAt(j) === 45 /* - */ && (text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 9)) {
      markers++;
      j += 2;
      while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
    }
    lineDepth = indents.length + markers;
  };

  startLine(0);
  const re = new RegExp(INTERESTING.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (lineDepth + flow >= limit) return true;
    const ch = text.charCodeAt(m.index);
    if (ch === 10) startLine(m.index + 1);
    else if (ch === 91 || ch === 123) flow++;
    else if (flow > 0) flow--;
  }
  return lineDepth + flow >= limit;
}
