// The template-injection fix: moves `${{ <expression> }}` out of a `run:` script into the step's
// `env:` and makes the script read the variable, so the value reaches the shell as data:
//     run: echo "${{ github.event.issue.title }}"
// becomes
//     env:
//       ISSUE_TITLE: ${{ github.event.issue.title }}
//     run: echo "${ISSUE_TITLE}"
// The reference follows the step's shell (bash "$X", pwsh $env:X, cmd %X%, python os.environ["X"],
// github-script process.env.X) and the quoting around the expression. Every occurrence of the same expression in the script is replaced.
import { isMap, isPair, isScalar } from 'yaml';
import { parseYaml, nodeAtPath } from '../../parse/yaml-entries';
import type { FixProvider, FixResult, OffsetEdit } from '../fix-provider';
import { ENV_INDIRECTION } from './fix-data';
import type { EnvIndirectionData } from './fix-data';
import { yamlSetEdits } from './yaml-set';
import { shellOfStep } from '../../rules/gha/shells';
import type { ShellFamily } from '../../rules/gha/shells';
import { escapeRe } from '../../regex-escape';

/** Inside '...', "..." or `...` on this line (before the expression)? `quotes` lists the ones the language has. */
function quoteContext(line: string, quotes: string): string {
  let q = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q === '') {
      if (c === '\\') i++;
      else if (quotes.includes(c)) q = c;
    } else if (q === "'" && quotes === `'"`) {
      if (c === "'") q = '';
    } else if (c === '\\') i++;
    else if (c === q) q = '';
  }
  return q;
}

function reference(shell: ShellFamily, name: string, lineBefore: string, pythonOs: string): string {
  switch (shell) {
    case 'pwsh':
      return `$env:${name}`;
    case 'cmd':
      return `%${name}%`;
    case 'python': {
      const ref = `${pythonOs}.environ["${name}"]`;
      const q = quoteContext(lineBefore, `'"`);
      return q ? `${q} + ${ref} + ${q}` : ref;
    }
    case 'js': {
      const q = quoteContext(lineBefore, '\'"`');
      if (q === '`') return `\${process.env.${name}}`;
      return q ? `${q} + process.env.${name} + ${q}` : `process.env.${name}`;
    }
    default:
      switch (quoteContext(lineBefore, `'"`)) {
        case '"':
          return `\${${name}}`;
        case "'":
          return `'"\${${name}}"'`;
        default:
          return `"\${${name}}"`;
      }
  }
}

export const envIndirectionProvider: FixProvider = {
  kind: ENV_INDIRECTION,
  compute(input): FixResult[] {
    const d = input.finding.fix as EnvIndirectionData | undefined;
    if (!d || d.kind !== ENV_INDIRECTION) return [];
    const text = input.text;
    const parsed = parseYaml(text);
    const doc = parsed.docs[d.doc];
    if (!doc) return [];
    const step = nodeAtPath(doc, d.stepPath);
    if (!isMap(step)) return [];
    const scriptNode = d.scriptPath ? nodeAtPath(doc, [...d.stepPath, ...d.scriptPath]) : step.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === d.scriptKey)?.value;
    const script = isScalar(scriptNode) ? scriptNode : undefined;
    if (!script?.range) return [];
    const [sStart, sEnd] = script.range;
    const exprRe = new RegExp(`\\$\\{\\{\\s*${escapeRe(d.expression).replace(/\\ /g, '\\s+')}\\s*\\}\\}`, 'g');
    const body = text.slice(sStart, sEnd);
    const hits = [...body.matchAll(exprRe)];
    if (hits.length === 0) return []; // already moved: applying twice changes nothing
    // Reuse a variable that already holds this expression; otherwise pick a free name.
    const root = (() => {
      try {
        return doc.toJS({ maxAliasCount: 100 }) as unknown;
      } catch {
        return undefined;
      }
    })();
    const envNode = nodeAtPath(doc, [...d.stepPath, 'env']);
    const env: Record<string, unknown> = isMap(envNode) ? (envNode.toJSON() as Record<string, unknown>) : {};
    const wanted = `\${{ ${d.expression} }}`;
    let name = d.existingEnv ? d.name : Object.keys(env).find((k) => typeof env[k] === 'string' && (env[k] as string).replace(/\s+/g, ' ') === wanted.replace(/\s+/g, ' '));
    const edits: OffsetEdit[] = [];
    if (!name) {
      name = d.name;
      for (let i = 2; name in env; i++) name = `${d.name}_${i}`;
      // A new `env:` goes in front of the script key; an existing one gets the variable added.
      const envEdits = isMap(envNode)
        ? yamlSetEdits(text, d.doc, [...d.stepPath, 'env'], name, wanted, { replace: false })
        : yamlSetEdits(text, d.doc, d.stepPath, 'env', { [name]: wanted }, { replace: false, before: d.scriptPath ? String(d.scriptPath[0]) : d.scriptKey });
      if (!envEdits || envEdits.length === 0) return [];
      edits.push(...envEdits);
    }
    const shell: ShellFamily = d.lang ?? shellOfStep(root, d.stepPath);
    // Python needs `os`: import it at the top of a block script that does not, else inline it.
    let pythonOs = 'os';
    if (shell === 'python' && !/^\s*import os\b|^\s*from os\b|\bimport (?:[\w, ]*, )?os\b/m.test(body)) {
      const nl = text.indexOf('\n', sStart);
      const block = script.type === 'BLOCK_LITERAL' || script.type === 'BLOCK_FOLDED';
      const firstLine = nl + 1;
      const indent = /^[ \t]*/.exec(text.slice(firstLine, sEnd))?.[0] ?? '';
      if (block && nl !== -1 && nl < sEnd && indent.length > 0) edits.push({ range: { start: firstLine, end: firstLine }, newText: `${indent}import os\n` });
      else pythonOs = '__import__("os")';
    }
    // The script may itself be a quoted YAML scalar: read quotes through its escaping, and
    // escape what is written back.
    const yq = script.type === 'QUOTE_DOUBLE' ? '"' : script.type === 'QUOTE_SINGLE' ? "'" : '';
    for (const h of hits) {
      const start = sStart + h.index!;
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      let before = text.slice(Math.max(lineStart, sStart + yq.length), start);
      if (yq === '"') before = before.replace(/\\"/g, '"');
      if (yq === "'") before = before.replace(/''/g, "'");
      let ref = reference(shell, name, before, pythonOs);
      if (yq === '"') ref = ref.replace(/"/g, '\\"');
      if (yq === "'") ref = ref.replace(/'/g, "''");
      // `"${{ x }}"` in Python or JavaScript: the whole string literal becomes the variable.
      const q = ref.startsWith('"') || ref.startsWith("'") || ref.startsWith('`') ? ref[0] : '';
      const end = start + h[0].length;
      if ((shell === 'python' || shell === 'js') && q && text[start - 1] === q && text[end] === q) {
        edits.push({ range: { start: start - 1, end: end + 1 }, newText: reference(shell, name, '', pythonOs) });
        continue;
      }
      edits.push({ range: { start, end }, newText: ref });
    }
    return [
      {
        title: d.existingEnv ? `Read \`${d.expression}\` as the variable ${name} instead of \${{ }}` : `Pass \`${d.expression}\` through env: ${name}`,
        edits,
        isPreferred: true,
        safe: true,
      },
    ];
  },
};
