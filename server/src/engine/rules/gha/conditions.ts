// Every `if:` of a workflow (job and step level) and every `${{ }}` expression in the file, with
// source ranges, for the rules that judge expressions rather than scripts.
import type { Range } from '../../types';
import type { WorkflowView } from './workflow';
import { expressionsIn } from './expressions';
import type { Expression } from './expressions';

export interface Condition {
  /** The condition text (without `${{ }}` when it was wrapped in them). */
  text: string;
  /** Range of the value in the document. */
  range: Range;
  /** Path of the `if` key. */
  path: (string | number)[];
  /** The value as YAML gives it, fences, newlines and all. */
  raw: string;
}

export function conditionsOf(wf: WorkflowView): Condition[] {
  const out: Condition[] = [];
  const owners: (string | number)[][] = [...wf.jobs.map((j) => j.path), ...wf.steps.map((s) => s.path)];
  for (const owner of owners) {
    const path = [...owner, 'if'];
    const loc = wf.tree.locate(path);
    if (!loc || loc.collection) continue;
    const owned = owner.length === 2 ? wf.jobs.find((j) => j.path === owner)?.data : wf.steps.find((s) => s.path === owner)?.data;
    const v = owned?.['if'];
    if (typeof v !== 'string') continue;
    const m = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(v);
    out.push({ text: m ? m[1]!.trim() : v, range: loc.valueRange, path, raw: v });
  }
  return out;
}

/** Every `${{ }}` expression in the document of `wf`. */
export function allExpressions(text: string, wf: WorkflowView): Expression[] {
  const whole = wf.tree.locate([]);
  return whole ? expressionsIn(text, whole.valueRange) : [];
}
