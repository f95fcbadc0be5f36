// "Apply Preferred Fix" on a finding of the view: asks the language server for the code actions at
// the finding's range (the same ones Ctrl+. offers) and applies the one it marks preferred. Nothing
// here knows how a fix works: the server's code actions stay the single source of fixes.
import * as vscode from 'vscode';
import type { PostureFinding } from '../../../server/src/report/posture-model';
import { openLocation } from './open-location';

export async function applyPreferredFix(uri: vscode.Uri, f: PostureFinding): Promise<boolean> {
  const editor = await openLocation(uri, f.line, f.column, f.endLine, f.endColumn);
  const range = editor.selection.isEmpty ? editor.document.lineAt(editor.selection.start.line).range : new vscode.Range(editor.selection.start, editor.selection.end);
  // Opening the document makes the server analyse it; its diagnostic must be there before code actions are asked for.
  await waitForDiagnostic(uri, f.ruleId, range);
  const actions = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value, 10)) ?? [];
  const fixes = actions.filter((a): a is vscode.CodeAction => 'kind' in a || 'edit' in a || 'isPreferred' in a);
  const preferred =
    fixes.find((a) => a.isPreferred && (a.diagnostics ?? []).some((d) => codeOf(d) === f.ruleId)) ?? fixes.find((a) => a.isPreferred && (a.diagnostics ?? []).length === 0);
  if (!preferred) {
    void vscode.window.showInformationMessage(`Outpost has no one-click fix for ${f.ruleId} here; the line is open so you can change it (Ctrl+. lists what can be done).`);
    return false;
  }
  if (preferred.edit) await vscode.workspace.applyEdit(preferred.edit);
  if (preferred.command) await vscode.commands.executeCommand(preferred.command.command, ...(preferred.command.arguments ?? []));
  return true;
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : c === undefined ? undefined : String(c);
}

async function waitForDiagnostic(uri: vscode.Uri, ruleId: string, range: vscode.Range): Promise<void> {
  const present = (): boolean => vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === ruleId && d.range.intersection(range) !== undefined);
  if (present()) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      sub.dispose();
      resolve();
    }, 5000);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString()) || !present()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}
