// A GitHub Actions workflow (or action.yml) seen as the rules need it: triggers, jobs, steps,
// with source ranges. Built once per file from the YAML tree; a file that is not a mapping
// yields nothing.
import type { AnalysisContext } from '../../context';
import type { PathSegment } from '../../parse/entry';
import type { Range } from '../../types';
import type { SourceTree } from '../../policy/source-tree';
import { yamlTrees } from '../../policy/documents';
import { keyRangeAt, valueRangeAt } from '../../policy/ranges';

export const GHA_KINDS = ['github-workflow', 'github-action'] as const;
export const WORKFLOW_KINDS = ['github-workflow'] as const;

export type Rec = Record<string, unknown>;

export function isRecord(v: unknown): v is Rec {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export interface Step {
  path: PathSegment[];
  data: Rec;
  uses: string | undefined;
  run: string | undefined;
  job: Job | undefined;
}

export interface Job {
  id: string;
  path: PathSegment[];
  data: Rec;
  steps: Step[];
}

export interface Trigger {
  name: string;
  range: Range;
}

export interface WorkflowView {
  tree: SourceTree;
  isAction: boolean;
  triggers: Trigger[];
  jobs: Job[];
  /** Every step, of every job (workflow) or of `runs.steps` (composite action). */
  steps: Step[];
  data: Rec;
}

const cache = new WeakMap<AnalysisContext, WorkflowView[]>();

function triggersOf(tree: SourceTree, on: unknown): Trigger[] {
  if (typeof on === 'string') return [{ name: on, range: valueRangeAt(tree, ['on']) }];
  if (Array.isArray(on)) {
    return on.flatMap((t, i) => (typeof t === 'string' ? [{ name: t, range: valueRangeAt(tree, ['on', i]) }] : []));
  }
  if (isRecord(on)) return Object.keys(on).map((name) => ({ name, range: keyRangeAt(tree, ['on', name]) }));
  return [];
}

function stepsAt(data: unknown, path: PathSegment[], job: Job | undefined): Step[] {
  if (!Array.isArray(data)) return [];
  const out: Step[] = [];
  data.forEach((s, i) => {
    if (!isRecord(s)) return;
    out.push({
      path: [...path, i],
      data: s,
      uses: typeof s['uses'] === 'string' ? s['uses'] : undefined,
      run: typeof s['run'] === 'string' ? s['run'] : undefined,
      job,
    });
  });
  return out;
}

export function workflows(ctx: AnalysisContext): WorkflowView[] {
  let v = cache.get(ctx);
  if (v) return v;
  v = [];
  for (const tree of yamlTrees(ctx)) {
    const data = tree.data;
    if (!isRecord(data)) continue;
    const isAction = ctx.kind === 'github-action';
    const jobs: Job[] = [];
    const steps: Step[] = [];
    if (isRecord(data['jobs'])) {
      for (const [id, j] of Object.entries(data['jobs'])) {
        if (!isRecord(j)) continue;
        const job: Job = { id, path: ['jobs', id], data: j, steps: [] };
        job.steps = stepsAt(j['steps'], ['jobs', id, 'steps'], job);
        jobs.push(job);
        steps.push(...job.steps);
      }
    }
    if (isAction && isRecord(data['runs'])) steps.push(...stepsAt(data['runs']['steps'], ['runs', 'steps'], undefined));
    // `on:` is read by yaml 1.2 as the string "on"; a YAML 1.1 reader would make it `true`.
    const on = data['on'] ?? data['true'];
    v.push({ tree, isAction, triggers: triggersOf(tree, on), jobs, steps, data });
  }
  cache.set(ctx, v);
  return v;
}

/** `actions/checkout@v4` -> `actions/checkout` (lower-case), for matching well-known actions. */
export function actionName(uses: string | undefined): string | undefined {
  if (!uses) return undefined;
  const at = uses.indexOf('@');
  return (at === -1 ? uses : uses.slice(0, at)).trim().toLowerCase();
}

/** The value text of a `with:` input of a step, when it is a string/number/boolean. */
export function withInput(step: Step, name: string): string | undefined {
  const w = step.data['with'];
  if (!isRecord(w)) return undefined;
  const v = w[name];
  return v === undefined || v === null || typeof v === 'object' ? undefined : String(v);
}
