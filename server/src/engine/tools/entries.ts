// The entries the tool table reads: the context's own, except for Ruby (gitlab.rb), whose
// generic entries keep only quoted strings; its settings come from rb-entries.ts.
import type { AnalysisContext } from '../context';
import type { Entry } from '../parse/entry';
import { rbEntries } from './rb-entries';

const rubyEntries = new WeakMap<AnalysisContext, Entry[]>();

export function entriesOf(ctx: AnalysisContext): Entry[] {
  if (ctx.syntax !== 'ruby') return ctx.entries;
  let e = rubyEntries.get(ctx);
  if (!e) rubyEntries.set(ctx, (e = rbEntries(ctx.text)));
  return e;
}
