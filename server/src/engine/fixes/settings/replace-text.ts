// A fix that swaps one exact piece of text for another (e.g. Azure's `$(Build.SourceBranch)` for
// `"$BUILD_SOURCEBRANCH"`). It checks the text is still what the rule saw, so a stale diagnostic
// or a second application changes nothing.
import type { FixProvider, FixResult } from '../fix-provider';
import type { FixData, Range } from '../../types';

export const REPLACE_TEXT = 'replace-text';

export interface ReplaceTextData extends FixData {
  kind: typeof REPLACE_TEXT;
  range: Range;
  expected: string;
  newText: string;
  title: string;
}

export const replaceTextProvider: FixProvider = {
  kind: REPLACE_TEXT,
  compute(input): FixResult[] {
    const d = input.finding.fix as ReplaceTextData | undefined;
    if (!d || d.kind !== REPLACE_TEXT || typeof d.expected !== 'string' || typeof d.newText !== 'string') return [];
    const { start, end } = d.range;
    if (!(start >= 0 && end <= input.text.length) || input.text.slice(start, end) !== d.expected) return [];
    return [{ title: d.title, edits: [{ range: { start, end }, newText: d.newText }], isPreferred: true, safe: true }];
  },
};
