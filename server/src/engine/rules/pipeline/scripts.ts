// Where each CI platform keeps shell code, as source ranges of the document. Line-based rules
// (curl | sh, echoed secrets, plain-http downloads) look only inside these ranges, so a URL in a
// comment or a job name never triggers them.
//   GitHub Actions   steps[].run
//   GitLab CI        script / before_script / after_script (string or list)
//   Bitbucket        script / after-script lists
//   Azure Pipelines  script / bash / powershell / pwsh steps, and inputs.script / inlineScript
//   CircleCI         run: <string> or run.command
//   Jenkinsfile      the whole file, comment lines aside (sh/bat steps are string literals)
import type { AnalysisContext } from '../../context';
import type { FileKind, Range } from '../../types';
import type { Entry } from '../../parse/entry';

export const PIPELINE_KINDS: readonly FileKind[] = [
  'github-workflow',
  'github-action',
  'gitlab-ci',
  'bitbucket-pipelines',
  'azure-pipelines',
  'circleci',
  'jenkinsfile',
];

export interface ScriptBlock {
  range: Range;
  /** The entry the script came from (absent for Jenkinsfile text). */
  entry?: Entry;
}

function lastKey(e: Entry): string | undefined {
  for (let i = e.path.length - 1; i >= 0; i--) {
    const s = e.path[i];
    if (typeof s === 'string') return s;
  }
  return undefined;
}

function isScriptEntry(kind: FileKind, e: Entry): boolean {
  const key = lastKey(e);
  const parent = e.path[e.path.length - 2];
  switch (kind) {
    case 'github-workflow':
    case 'github-action':
      return key === 'run' && e.path[e.path.length - 1] === 'run';
    case 'gitlab-ci':
      return key === 'script' || key === 'before_script' || key === 'after_script';
    case 'bitbucket-pipelines':
      return key === 'script' || key === 'after-script';
    case 'azure-pipelines':
      return (
        ((key === 'script' || key === 'bash' || key === 'powershell' || key === 'pwsh') && typeof e.path[e.path.length - 1] === 'string') ||
        ((key === 'script' || key === 'inlineScript' || key === 'Inline') && parent === 'inputs')
      );
    case 'circleci':
      return (key === 'run' && e.path[e.path.length - 1] === 'run') || (key === 'command' && parent === 'run');
    default:
      return false;
  }
}

const cache = new WeakMap<AnalysisContext, ScriptBlock[]>();

export function scriptBlocks(ctx: AnalysisContext): ScriptBlock[] {
  let v = cache.get(ctx);
  if (v) return v;
  v = [];
  if (ctx.kind === 'jenkinsfile') {
    v.push({ range: { start: 0, end: ctx.text.length } });
  } else {
    for (const e of ctx.entries) {
      if (e.key.includes('=') || !isScriptEntry(ctx.kind, e)) continue;
      v.push({ range: e.valueRange, entry: e });
    }
  }
  cache.set(ctx, v);
  return v;
}

export interface ScriptLine {
  text: string;
  /** Offset of text[0] in the document. */
  start: number;
}

/** The lines of every script block (comment-only lines skipped). */
export function scriptLines(ctx: AnalysisContext): ScriptLine[] {
  const out: ScriptLine[] = [];
  for (const b of scriptBlocks(ctx)) {
    let pos = b.range.start;
    const end = b.range.end;
    while (pos < end) {
      let nl = ctx.text.indexOf('\n', pos);
      if (nl === -1 || nl > end) nl = end;
      const text = ctx.text.slice(pos, nl);
      if (!/^\s*(#|\/\/|rem\s|::)/i.test(text)) out.push({ text, start: pos });
      pos = nl + 1;
    }
  }
  return out;
}
