// `source.fixAll.outpost`: every safe fix in the file, as one edit. Fixes are applied one at a
// time and the file re-analysed in between, so fixes that touch the same place (two secrets in
// one step's env) compose correctly and each new name sees the names already given. One secret
// found twice keeps one name (by fingerprint); different secrets never share one.
import { analyze } from '../engine/analyze';
import type { OutpostConfig } from '../engine/config/config';
import { safeFixesFor } from '../engine/fixes';
import type { OffsetEdit } from '../engine/fixes/fix-provider';
import { applyEdits } from '../engine/fixes/vault/text-lines';
import type { FileKind, Finding } from '../engine/types';
import { minimalEdit } from './text-edits';

const MAX_STEPS = 200;
const TIME_BUDGET_MS = 3000;

export interface FixAllResult {
  edit: OffsetEdit | undefined;
  applied: number;
  followUps: string[];
}

export function computeFixAll(input: { path: string; text: string; config: OutpostConfig; baseline: ReadonlySet<string> | undefined; kind?: FileKind }): FixAllResult {
  const started = performance.now();
  const original = input.text;
  let text = original;
  const names = new Map<string, string>();
  const skip = new Set<string>();
  const followUps: string[] = [];
  let applied = 0;
  const run = (t: string): { kind: FileKind | undefined; findings: Finding[] } =>
    analyze({ path: input.path, text: t, config: input.config, ...(input.baseline ? { baseline: input.baseline } : {}), ...(input.kind ? { kind: input.kind } : {}) });
  let current = run(text);
  for (let step = 0; step < MAX_STEPS && current.kind && performance.now() - started < TIME_BUDGET_MS; step++) {
    let progressed = false;
    for (const f of current.findings) {
      const key = `${f.ruleId}|${f.fingerprint ?? f.range.start}`;
      if (skip.has(key) || !f.fix) continue;
      const reuse = f.fingerprint ? names.get(f.fingerprint) : undefined;
      const finding: Finding = reuse ? { ...f, fix: { ...f.fix, reuseName: reuse } } : f;
      const fix = safeFixesFor({ path: input.path, text, kind: current.kind, config: input.config, finding })[0];
      if (!fix) {
        skip.add(key);
        continue;
      }
      const next = applyEdits(text, fix.edits);
      const after = run(next);
      const before = current.findings.filter((x) => x.ruleId === f.ruleId && x.fingerprint === f.fingerprint).length;
      const remaining = after.findings.filter((x) => x.ruleId === f.ruleId && x.fingerprint === f.fingerprint).length;
      if (next === text || remaining >= before) {
        skip.add(key); // the fix did not remove the finding: never loop on it
        continue;
      }
      text = next;
      current = after;
      applied++;
      if (f.fingerprint && fix.secretName) names.set(f.fingerprint, fix.secretName);
      if (fix.followUp && !followUps.includes(fix.followUp)) followUps.push(fix.followUp);
      progressed = true;
      break;
    }
    if (!progressed) break;
  }
  return { edit: minimalEdit(original, text), applied, followUps };
}
