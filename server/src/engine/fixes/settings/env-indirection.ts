// The template-injection fix: moves `${{ <expression> }}` out of a `run:` script into the step's
// `env:` and makes the script read the variable, so the value reaches the shell as data:
//     run: echo "${{ github.event.issue.title }}"
// becomes
//     env:
//       ISSUE_TITLE: ${{ github.event.issue.title }}
//     run: echo "${ISSUE_TITLE}"
// The reference follows the step's shell (bash "$X", pwsh $env:X, cmd %X%) and the quoting
// around the expression. Every occurrence of the same expression in the script is replaced.
import { isMap, isPair, isScalar } from 'yaml';
import type { PathSegment } from '../../parse/entry';
import { parseYaml, nodeAtPath } from '../../parse/yaml-entries';
import type { FixProvider, FixResult, OffsetEdit } from '../fix-provider';
import { ENV_INDIRECTION } from './fix-data';
import type { EnvIndirectionData } from './fix-data';
import { yamlSetEdits } from './yaml-set';

type Shell = 'posix' | 'pwsh' | 'cmd';

function isRec(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function shellOf(root: unknown, stepPath: readonly PathSegment[]): Shell {
  const at = (p: readonly PathSegment[]): unknown => {
    let cur: unknown = root;
    for (const s of p) cur = Array.isArray(cur) ? cur[Number(s)] : isRec(cur) ? cur[String(s)] : undefined;
    return cur;
  };
  const step = at(stepPath);
  const job = stepPath[0] === 'jobs' ? at(stepPath.slice(0, 2)) : undefined;
  const candidates = [
    isRec(step) ? step['shell'] : undefined,
    isRec(job) ? at([...stepPath.slice(0, 2), 'defaults', 'run', 'shell']) : undefined,
    at(['defaults', 'run', 'shell']),
  ];
  const shell = candidates.find((s) => typeof s === 'string') as string | undefined;
  if (shell) return /^(pwsh|powershell)\b/.test(shell) ? 'pwsh' : /^cmd\b/.test(shell) ? 'cmd' : 'posix';
  const runsOn = isRec(job) ? JSON.stringify(job['runs-on'] ?? '') : '';
  return /windows/i.test(runsOn) ? 'pwsh' : 'posix';
}

/** Inside '...' or "..." on this line of a POSIX script, at `offset`? */
function quoteContext(line: string): 'none' | 'single' | 'double' {
  let q: 'none' | 'single' | 'double' = 'none';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q === 'none') {
      if (c === '\\') i++;
      else if (c === "'") q = 'single';
      else if (c === '"') q = 'double';
    } else if (q === 'single') {
      if (c === "'") q = 'none';
    } else if (c === '\\') i++;
    else if (c === '"') q = 'none';
  }
  return q;
}

function reference(shell: Shell, name: string, lineBefore: string): string {
  if (shell === 'pwsh') return `$env:${name}`;
  if (shell === 'cmd') return `%${name}%`;
  switch (quoteContext(lineBefore)) {
    case 'double':
      return `\${${name}}`;
    case 'single':
      return `'"\${${name}}"'`;
    default:
      return `"\${${name}}"`;
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
    const scriptPair = step.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === d.scriptKey);
    const script = scriptPair && isScalar(scriptPair.value) ? scriptPair.value : undefined;
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
    let name = Object.keys(env).find((k) => typeof env[k] === 'string' && (env[k] as string).replace(/\s+/g, ' ') === wanted.replace(/\s+/g, ' '));
    const edits: OffsetEdit[] = [];
    if (!name) {
      name = d.name;
      for (let i = 2; name in env; i++) name = `${d.name}_${i}`;
      // A new `env:` goes in front of the script key; an existing one gets the variable added.
      const envEdits = isMap(envNode)
        ? yamlSetEdits(text, d.doc, [...d.stepPath, 'env'], name, wanted, { replace: false })
        : yamlSetEdits(text, d.doc, d.stepPath, 'env', { [name]: wanted }, { replace: false, before: d.scriptKey });
      if (!envEdits || envEdits.length === 0) return [];
      edits.push(...envEdits);
    }
    const shell = shellOf(root, d.stepPath);
    // The script may itself be a quoted YAML scalar: read quotes through its escaping, and
    // escape what is written back.
    const yq = script.type === 'QUOTE_DOUBLE' ? '"' : script.type === 'QUOTE_SINGLE' ? "'" : '';
    for (const h of hits) {
      const start = sStart + h.index!;
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      let before = text.slice(Math.max(lineStart, sStart + yq.length), start);
      if (yq === '"') before = before.replace(/\\"/g, '"');
      if (yq === "'") before = before.replace(/''/g, "'");
      let ref = reference(shell, name, before);
      if (yq === '"') ref = ref.replace(/"/g, '\\"');
      if (yq === "'") ref = ref.replace(/'/g, "''");
      edits.push({ range: { start, end: start + h[0].length }, newText: ref });
    }
    return [
      {
        title: `Pass \`${d.expression}\` through env: ${name}`,
        edits,
        isPreferred: true,
        safe: true,
      },
    ];
  },
};
