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
  // Only owners whose `if:` is a string are located: most jobs and steps have none, and a
  // source lookup per step is what a 20,000-line workflow cannot afford on every keystroke.
  for (const owner of [...wf.jobs, ...wf.steps]) {
    const v = owner.data['if'];
    if (typeof v !== 'string') continue;
    const path = [...owner.path, 'if'];
    const loc = wf.tree.locate(path);
    if (!loc || loc.collection) continue;
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
