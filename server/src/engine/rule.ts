// A posture rule: declarative meta plus a check over the analysis context. One rule per file
// under rules/<family>/; the engine applies severity overrides, disabling and suppression.
import type { AnalysisContext } from './context';
import type { RawFinding, RuleMeta } from './types';

export interface Rule {
  meta: RuleMeta;
  check(ctx: AnalysisContext): RawFinding[];
}
