// A fix provider turns a finding's `fix` data into text edits. Providers are pure (text in,
// offset edits out) so the server, the CLI and property tests share them. The server adds
// versioning and converts offsets to positions at the edge.
import type { FileKind, Finding, Range } from '../types';
import type { OutpostConfig } from '../config/config';

export interface OffsetEdit {
  range: Range;
  newText: string;
}

export interface FixInput {
  path: string;
  text: string;
  kind: FileKind;
  config: OutpostConfig;
  finding: Finding;
}

export interface FixResult {
  /** Shown in the lightbulb menu, e.g. "Move to secret store as ${{ secrets.AWS_KEY }}". */
  title: string;
  edits: OffsetEdit[];
  /** The main fix for this finding (one per finding). */
  isPreferred?: boolean;
  /** Safe to apply unattended in `source.fixAll.outpost`. */
  safe: boolean;
  /** Told to the user after applying: the command that stores the value, and "rotate it". */
  followUp?: string;
  /**
   * The secret-store name a vault fix chose. A fix-all passes it back (as `fix.reuseName`) for
   * other findings of the same secret, so one secret gets one name and different secrets never share one.
   */
  secretName?: string;
}

export interface FixProvider {
  /** Matches `finding.fix.kind`; a provider with kind '*' is offered for every finding (suppression). */
  kind: string;
  compute(input: FixInput): FixResult[];
}
