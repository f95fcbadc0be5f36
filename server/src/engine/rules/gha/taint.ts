// Where an expression's value comes from, followed far enough to know whether an outsider wrote
// it. `${{ env.TITLE }}` is as dangerous as `${{ github.event.issue.title }}` when `TITLE` was set
// from the issue title; so are a step output that echoed it into $GITHUB_OUTPUT, a job output
// built from that step output (`needs.<job>.outputs.<name>`), a matrix built from an expression,
// and a composite action's `inputs.<name>` (the caller decides what goes in). Pure lookups over
// the workflow view; depth-limited so a cycle of outputs cannot loop.
import type { Confidence } from '../../types';
import type { Job, Rec, Step, WorkflowView } from './workflow';
import { actionName, isRecord } from './workflow';
import { untrustedContext } from './untrusted-contexts';
import { expressionsIn } from './expressions';
import { taintedOutputsOf } from './tainted-action-outputs';
import { codeInputsOf } from './code-sinks';
import { escapeRe } from '../../regex-escape';

export interface Taint {
  /** The outsider-controlled context at the origin, e.g. `github.event.issue.title`. */
  source: string;
  /** How it got here, e.g. `env.TITLE`, `steps.meta.outputs.title`; absent when direct. */
  via?: string;
  confidence: Confidence;
  /** The value is decided at run time by someone we cannot see (a caller, a dispatcher, another job): may, not does. */
  dynamic?: boolean;
}

export interface Scope {
  wf: WorkflowView;
  job: Job | undefined;
  step: Step | undefined;
}

const MAX_DEPTH = 4;
const ENV_REF = /\benv\.([A-Za-z_][A-Za-z0-9_-]*)/g;
const STEP_OUT = /\bsteps\.([A-Za-z_][A-Za-z0-9_-]*)\.outputs\.([A-Za-z_][A-Za-z0-9_-]*)/g;
const NEEDS_OUT = /\bneeds\.([A-Za-z_][A-Za-z0-9_-]*)\.outputs\.([A-Za-z_][A-Za-z0-9_-]*)/g;
const MATRIX_REF = /\bmatrix\.([A-Za-z_][A-Za-z0-9_-]*)/g;
const INPUT_REF = /\binputs\.([A-Za-z_][A-Za-z0-9_-]*)/g;

/** The taint of the text inside `${{ }}` at `scope`, if an outsider can control its value. */
export function taintOf(inner: string, scope: Scope, depth = 0): Taint | undefined {
  const direct = untrustedContext(inner);
  if (direct) return { source: direct, confidence: 'high' };
  if (depth >= MAX_DEPTH) return undefined;
  return (
    viaEnv(inner, scope, depth) ??
    viaStepOutputs(inner, scope, depth) ??
    viaNeeds(inner, scope, depth) ??
    viaMatrix(inner, scope, depth) ??
    viaActionInputs(inner, scope) ??
    viaWorkflowInputs(inner, scope)
  );
}

/** The taint of a plain value that may hold `${{ }}` expressions (an env entry, an output). */
export function taintOfValue(value: unknown, scope: Scope, depth: number): Taint | undefined {
  if (typeof value !== 'string' || !value.includes('${{')) return undefined;
  for (const e of expressionsIn(value, { start: 0, end: value.length })) {
    const t = taintOf(e.inner, scope, depth);
    if (t) return t;
  }
  return undefined;
}

function wrap(t: Taint | undefined, via: string, confidence?: Confidence): Taint | undefined {
  if (!t) return undefined;
  return { source: t.source, via: t.via ? `${via} ← ${t.via}` : via, confidence: confidence ?? t.confidence };
}

/** The `env:` entry `name` visible at `scope` (step, then job, then workflow), with where it lives. */
export function envEntry(name: string, scope: Scope): { value: unknown; scope: Scope } | undefined {
  const levels: [Rec | undefined, Scope][] = [
    [scope.step?.data, scope],
    [scope.job?.data, { wf: scope.wf, job: scope.job, step: undefined }],
    [scope.wf.data, { wf: scope.wf, job: undefined, step: undefined }],
  ];
  for (const [owner, at] of levels) {
    const env = owner?.['env'];
    if (isRecord(env) && name in env) return { value: env[name], scope: at };
  }
  return undefined;
}

function viaEnv(inner: string, scope: Scope, depth: number): Taint | undefined {
  for (const m of inner.matchAll(ENV_REF)) {
    const entry = envEntry(m[1]!, scope);
    if (!entry) {
      const t = runtimeEnvTaint(m[1]!, scope, depth);
      if (t) return t;
      continue;
    }
    // An env value is evaluated where it is declared: a workflow-level env cannot see steps.
    const t = taintOfValue(entry.value, entry.scope, depth + 1);
    if (t) return wrap(t, `env.${m[1]}`);
  }
  return undefined;
}

/**
 * `env.NAME` that no `env:` block declares: an earlier step of the job set it at run time through
 * $GITHUB_ENV (or `core.exportVariable`). Such a write is followed like a step output; a name no
 * visible step writes was set by an action this file does not show, so its text is unknown.
 */
function runtimeEnvTaint(name: string, scope: Scope, depth: number): Taint | undefined {
  if (!scope.step) return undefined; // job- and workflow-level values are evaluated before any step runs
  const steps = stepsOf(scope);
  const here = steps.indexOf(scope.step);
  let written = false;
  for (const [i, step] of steps.entries()) {
    const script = scriptOf(step);
    if (script === undefined || !/GITHUB_ENV|exportVariable/.test(script)) continue;
    const lines = linesWriting(script, name);
    if (lines.length === 0) continue;
    // Written by this job (a write after this step leaves the value empty here): not unknown.
    written = true;
    if (i >= here) continue;
    const at: Scope = { wf: scope.wf, job: scope.job, step };
    for (const line of lines) {
      const t = taintOfValue(line, at, depth + 1) ?? shellVarTaint(line, at, depth + 1);
      if (t) return wrap(t, `env.${name} ← $GITHUB_ENV`);
    }
  }
  if (written) return undefined;
  return { source: `env.${name}`, confidence: 'low', dynamic: true };
}

/** The code a step runs on the runner: its `run:` script and the inputs of code-running actions (github-script's `script`, ...). */
function scriptOf(step: Step): string | undefined {
  const w = step.data['with'];
  const inputs = isRecord(w) ? codeInputsOf(actionName(step.uses)).map((sink) => w[sink.input]).filter((v): v is string => typeof v === 'string') : [];
  const texts = step.run === undefined ? inputs : [step.run, ...inputs];
  return texts.length === 0 ? undefined : texts.join('\n');
}

/**
 * The lines of `script` that write `name` to $GITHUB_OUTPUT / $GITHUB_ENV: `name=value`, a heredoc
 * `name<<EOF` with its body, `::set-output name=name::`, or `core.exportVariable('name', value)`.
 */
function linesWriting(script: string, name: string): string[] {
  const n = escapeRe(name);
  const writer = new RegExp(`(?:^|[\\s"'])${n}(?:=|<<)|::set-output name=${n}::|exportVariable\\(\\s*['"\`]${n}['"\`]`);
  const lines = script.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!writer.test(line)) continue;
    out.push(line);
    const heredoc = new RegExp(`${n}<<\\s*['"]?([A-Za-z_][A-Za-z0-9_]*)`).exec(line);
    if (!heredoc) continue;
    for (i++; i < lines.length && lines[i]!.trim() !== heredoc[1]; i++) out.push(lines[i]!);
  }
  return out;
}

function stepsOf(scope: Scope): Step[] {
  return scope.job ? scope.job.steps : scope.wf.steps.filter((s) => s.job === undefined);
}

function viaStepOutputs(inner: string, scope: Scope, depth: number): Taint | undefined {
  for (const m of inner.matchAll(STEP_OUT)) {
    const producer = stepsOf(scope).find((s) => s.data['id'] === m[1]);
    if (!producer) continue;
    const t = stepOutputTaint(producer, m[2]!, { wf: scope.wf, job: scope.job, step: producer }, depth + 1);
    if (t) return wrap(t, `steps.${m[1]}.outputs.${m[2]}`);
  }
  return undefined;
}

/** A step output an outsider controls: echoed from tainted data into $GITHUB_OUTPUT, or a known action's. */
function stepOutputTaint(step: Step, output: string, scope: Scope, depth: number): Taint | undefined {
  const known = taintedOutputsOf(actionName(step.uses), output);
  if (known) return { source: known, confidence: 'medium' };
  if (step.run === undefined || !/GITHUB_OUTPUT|::set-output/.test(step.run)) return undefined;
  for (const line of linesWriting(step.run, output)) {
    const t = taintOfValue(line, scope, depth) ?? shellVarTaint(line, scope, depth);
    if (t) return t;
  }
  return undefined;
}

/** `$NAME` / `${NAME}` in a shell line whose env entry is tainted. */
function shellVarTaint(line: string, scope: Scope, depth: number): Taint | undefined {
  for (const m of line.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
    const entry = envEntry(m[1]!, scope);
    const t = entry && taintOfValue(entry.value, entry.scope, depth + 1);
    if (t) return wrap(t, `$${m[1]}`);
  }
  return undefined;
}

function viaNeeds(inner: string, scope: Scope, depth: number): Taint | undefined {
  for (const m of inner.matchAll(NEEDS_OUT)) {
    const job = scope.wf.jobs.find((j) => j.id === m[1]);
    const outputs = job?.data['outputs'];
    if (!job || !isRecord(outputs)) continue;
    const t = taintOfValue(outputs[m[2]!], { wf: scope.wf, job, step: undefined }, depth + 1);
    if (t) return wrap(t, `needs.${m[1]}.outputs.${m[2]}`);
  }
  return undefined;
}

function viaMatrix(inner: string, scope: Scope, depth: number): Taint | undefined {
  const strategy = scope.job?.data['strategy'];
  if (!isRecord(strategy)) return undefined;
  const matrix = strategy['matrix'];
  const jobScope: Scope = { wf: scope.wf, job: scope.job, step: undefined };
  for (const m of inner.matchAll(MATRIX_REF)) {
    // `matrix: ${{ fromJSON(...) }}` — every key comes from that expression.
    if (typeof matrix === 'string') {
      const t = taintOfValue(matrix, jobScope, depth + 1);
      if (t) return wrap(t, `matrix.${m[1]}`);
      continue;
    }
    if (!isRecord(matrix)) continue;
    // `key: ${{ ... }}` or `include: ${{ ... }}` we cannot follow: the values are decided at run
    // time (often another job's output). Worth a look, not certain: low confidence.
    const dynamic = [matrix[m[1]!], matrix['include']].find((v) => typeof v === 'string' && v.includes('${{'));
    const values: unknown[] = [matrix[m[1]!]];
    const include = matrix['include'];
    if (typeof include === 'string') values.push(include);
    else if (Array.isArray(include)) for (const row of include) if (isRecord(row)) values.push(row[m[1]!]);
    for (const v of values.flatMap((x) => (Array.isArray(x) ? x : [x]))) {
      const t = taintOfValue(v, jobScope, depth + 1);
      if (t) return wrap(t, `matrix.${m[1]}`);
    }
    if (typeof dynamic === 'string') return { source: `matrix.${m[1]}`, via: `matrix.${m[1]}`, confidence: 'low', dynamic: true };
  }
  return undefined;
}

/** A workflow's own `inputs.<name>` (or `github.event.inputs.<name>`) of type string: what the dispatcher or caller typed. */
function viaWorkflowInputs(inner: string, scope: Scope): Taint | undefined {
  if (scope.wf.isAction) return undefined;
  const on = scope.wf.data['on'] ?? scope.wf.data['true'];
  const declared = (event: string): Rec | undefined => {
    const e = isRecord(on) ? on[event] : undefined;
    const inputs = isRecord(e) ? e['inputs'] : undefined;
    return isRecord(inputs) ? inputs : undefined;
  };
  const call = declared('workflow_call');
  const dispatch = declared('workflow_dispatch');
  for (const m of inner.matchAll(/\b(?:github\.event\.)?inputs\.([A-Za-z_][A-Za-z0-9_-]*)/g)) {
    const spec = call?.[m[1]!] ?? dispatch?.[m[1]!];
    if (!isRecord(spec)) continue;
    const type = spec['type'];
    if (type !== undefined && type !== 'string') continue; // boolean, number, choice, environment: no free text
    // A reusable workflow's caller may pass anything (a PR title); a manual dispatch is typed by a maintainer.
    const byCaller = call?.[m[1]!] !== undefined;
    return { source: `inputs.${m[1]}`, confidence: byCaller ? 'medium' : 'low', dynamic: true };
  }
  return undefined;
}

/** A composite action's `inputs.<name>`: whatever the calling workflow passes, possibly a PR title. */
function viaActionInputs(inner: string, scope: Scope): Taint | undefined {
  if (!scope.wf.isAction) return undefined;
  const declared = scope.wf.data['inputs'];
  for (const m of inner.matchAll(INPUT_REF)) {
    const spec = isRecord(declared) ? declared[m[1]!] : undefined;
    // A boolean/number/choice-typed input cannot carry shell syntax (actions rarely type them).
    if (isRecord(spec) && (spec['type'] === 'boolean' || spec['type'] === 'number')) continue;
    return { source: `inputs.${m[1]}`, confidence: 'medium' };
  }
  return undefined;
}
