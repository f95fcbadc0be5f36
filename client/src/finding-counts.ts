// Counts Outpost's open findings from the diagnostics VS Code holds, so the status bar always agrees with the
// Problems panel (including files published by a workspace scan and findings cleared by a quick fix).
import * as vscode from 'vscode';

export interface FindingCounts {
  findings: number;
  secretFindings: number;
  files: number;
}

export const OUTPOST_SOURCE = 'outpost';

/** The rule id of an Outpost diagnostic (`code` is a string, or `{ value, target }` when it links to docs). */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== OUTPOST_SOURCE) return undefined;
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function countFindings(all: ReadonlyArray<readonly [vscode.Uri, readonly vscode.Diagnostic[]]>): FindingCounts {
  const counts: FindingCounts = { findings: 0, secretFindings: 0, files: 0 };
  for (const [, diagnostics] of all) {
    let inFile = 0;
    for (const d of diagnostics) {
      const ruleId = ruleIdOf(d);
      if (ruleId === undefined) continue;
      inFile++;
      if (ruleId.startsWith('secret/')) counts.secretFindings++;
    }
    counts.findings += inFile;
    if (inFile > 0) counts.files++;
  }
  return counts;
}
