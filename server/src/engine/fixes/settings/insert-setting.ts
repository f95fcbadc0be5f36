// The `insert-setting` fix: writes the safe value a posture finding asks for (mfa: required,
// anonymousAccess: false, auditLog: {enabled: true}, permissions: {contents: read}, ...) into
// YAML or JSON, keeping the file's style. Idempotent: when the value is already there it offers
// nothing.
import type { FixProvider, FixResult } from '../fix-provider';
import { INSERT_SETTING } from './fix-data';
import type { InsertSettingData } from './fix-data';
import { yamlSetEdits } from './yaml-set';
import { jsonSetEdits } from './json-set';

function isJsonPath(path: string): boolean {
  return /\.jsonc?$/i.test(path);
}

export const insertSettingProvider: FixProvider = {
  kind: INSERT_SETTING,
  compute(input): FixResult[] {
    const d = input.finding.fix as InsertSettingData | undefined;
    if (!d || d.kind !== INSERT_SETTING) return [];
    const edits = isJsonPath(input.path)
      ? jsonSetEdits(input.text, d.path, d.key, d.value, d.replace)
      : yamlSetEdits(input.text, d.doc, d.path, d.key, d.value, { replace: d.replace, ...(d.comment ? { comment: d.comment } : {}), ...(d.before ? { before: d.before } : {}) });
    if (!edits || edits.length === 0) return [];
    return [{ title: d.title, edits, isPreferred: true, safe: d.safe }];
  },
};
