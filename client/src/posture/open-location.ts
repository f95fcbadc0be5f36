// Opens a file of the posture at a 1-based line (and column): what selecting an asset or a finding does.
import * as vscode from 'vscode';

export const OPEN_LOCATION_COMMAND = 'outpost.posture.openLocation';

export async function openLocation(uri: vscode.Uri, line: number, column = 1, endLine?: number, endColumn?: number): Promise<vscode.TextEditor> {
  const start = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
  const end = endLine !== undefined && endColumn !== undefined ? new vscode.Position(Math.max(0, endLine - 1), Math.max(0, endColumn - 1)) : start;
  return vscode.window.showTextDocument(uri, { selection: new vscode.Range(start, end), preview: true });
}

export function openLocationCommand(uri: vscode.Uri, line: number, column = 1, endLine?: number, endColumn?: number): vscode.Command {
  return { command: OPEN_LOCATION_COMMAND, title: 'Open', arguments: [uri, line, column, endLine, endColumn] };
}
