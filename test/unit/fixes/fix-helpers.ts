// Shared helpers for the fix provider tests: analyse a document, pick a finding, apply a fix.
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/engine/analyze';
import { withDefaults } from '../../../server/src/engine/config/config';
import type { OutpostConfig } from '../../../server/src/engine/config/config';
import { fixesFor } from '../../../server/src/engine/fixes';
import type { FixResult } from '../../../server/src/engine/fixes/fix-provider';
import { applyEdits } from '../../../server/src/engine/fixes/vault/text-lines';
import type { Finding } from '../../../server/src/engine/types';
import { computeFixAll } from '../../../server/src/lsp/fix-all';

export interface Applied {
  fix: FixResult;
  text: string;
  finding: Finding;
}

export function findings(path: string, text: string, config?: Partial<OutpostConfig>): Finding[] {
  return analyze({ path, text, config: withDefaults({ scanAllFiles: true, ...config }) }).findings;
}

/** Applies the fix titled `prefix...` of the first finding of `ruleId` (or the first secret). */
export function applyFix(path: string, text: string, opts: { ruleId?: string; title?: string; config?: Partial<OutpostConfig>; nth?: number } = {}): Applied {
  const config = withDefaults({ scanAllFiles: true, ...opts.config });
  const result = analyze({ path, text, config });
  const candidates = result.findings.filter((f) => (opts.ruleId ? f.ruleId === opts.ruleId : f.ruleId.startsWith('secret/')));
  const finding = candidates[opts.nth ?? 0];
  assert.ok(finding, `a finding in ${path}: ${result.findings.map((f) => f.ruleId).join(', ')}`);
  const fixes = fixesFor({ path, text, kind: result.kind!, config, finding });
  const title = opts.title ?? 'Move to secret store';
  const fix = fixes.find((f) => f.title.startsWith(title));
  assert.ok(fix, `a fix "${title}" for ${finding.ruleId} in ${path}; offered: ${fixes.map((f) => f.title).join(' | ')}`);
  const secret = text.slice(finding.range.start, finding.range.end);
  const out = applyEdits(text, fix.edits);
  if (title === 'Move to secret store') {
    assert.equal(out.split(secret).length, text.split(secret).length - 1, 'this occurrence of the secret is gone');
    assert.ok(!fix.followUp?.includes(secret), 'the follow-up never holds the secret');
    assert.ok(!fix.followUp?.includes(secret.slice(0, 8)), 'nor a prefix of it');
  }
  return { fix, text: out, finding };
}

/** Titles of the fixes offered for the first finding of `ruleId`. */
export function fixTitles(path: string, text: string, ruleId?: string, config?: Partial<OutpostConfig>): string[] {
  const cfg = withDefaults({ scanAllFiles: true, ...config });
  const result = analyze({ path, text, config: cfg });
  const finding = result.findings.find((f) => (ruleId ? f.ruleId === ruleId : f.ruleId.startsWith('secret/')));
  assert.ok(finding, `a finding in ${path}`);
  return fixesFor({ path, text, kind: result.kind!, config: cfg, finding }).map((f) => f.title);
}

export function fixAll(path: string, text: string, config?: Partial<OutpostConfig>): string {
  const r = computeFixAll({ path, text, config: withDefaults({ scanAllFiles: true, ...config }), baseline: undefined });
  return r.edit ? applyEdits(text, [r.edit]) : text;
}

export const secretsIn = (path: string, text: string): string[] => findings(path, text).filter((f) => f.ruleId.startsWith('secret/')).map((f) => f.ruleId);

// Fake credentials in the providers' shapes (never valid anywhere), assembled at run time.
export const FAKE = {
  aws: ['AKIA', 'J7ZQ4WXR2N5TBVCE'].join(''),
  aws2: ['AKIA', 'Q3RT7YW2N5TBVCEX'].join(''),
  github: ['ghp_', 'cLq0tI1jkszp88r7fYkDc96kVncLVP41QdEW'].join(''),
  gitlab: ['glpat-', '1mvOvUt74954NWrd-xKF'].join(''),
  npm: ['npm_', 'cLelQdVJoKerzsdEdrSZ9r3LjyzteI7tDKPc'].join(''),
  password: ['Zq8', 'vLm2', 'Rt5wX'].join(''),
  password2: ['Pw7', 'nX3q', 'Lk9tB'].join(''),
};
