// `gitlab_rails['name'] = value` lines of an Omnibus gitlab.rb, read line by line (the file is
// Ruby; only literal assignments at the start of a line are understood).
import type { AnalysisContext } from '../../context';
import type { Range } from '../../types';
import { lines } from '../../parse/line-entries';

export interface RbSetting {
  /** `gitlab_rails['gitlab_signup_enabled']` */
  lineKey: string;
  value: string;
  valueRange: Range;
}

export function gitlabRailsSetting(ctx: AnalysisContext, name: string): RbSetting | undefined {
  let found: RbSetting | undefined;
  for (const l of lines(ctx.text)) {
    const m = /^(\s*)(gitlab_rails\[\s*(['"])([\w.]+)\3\s*\])\s*=\s*([^#\s][^#]*?)\s*(?:#.*)?$/.exec(l.text);
    if (!m || m[4] !== name) continue;
    const value = m[5]!;
    const start = l.start + l.text.indexOf(value, m[1]!.length + m[2]!.length);
    found = { lineKey: m[2]!, value, valueRange: { start, end: start + value.length } }; // the last assignment wins
  }
  return found;
}
