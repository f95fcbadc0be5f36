// How an asset status and a severity look in the trees: a codicon, a theme colour and words, so the
// state is never carried by colour alone (screen readers get the words, high-contrast themes the icon).
import * as vscode from 'vscode';
import type { AssetStatus } from '../../../server/src/report/posture-model';
import type { Severity } from '../../../server/src/engine/types';

export const STATUS_ICON: Record<AssetStatus, vscode.ThemeIcon> = {
  overdue: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')),
  missing: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  'due-soon': new vscode.ThemeIcon('bell', new vscode.ThemeColor('charts.yellow')),
  ok: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
};

export const SEVERITY_ICON: Record<Severity, vscode.ThemeIcon> = {
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  info: new vscode.ThemeIcon('info', new vscode.ThemeColor('editorInfo.foreground')),
};

export const EXPOSURE_ICON: Record<string, string> = { internet: 'globe', vpn: 'lock', internal: 'home' };

export const AREA_ICON: Record<string, string> = { secrets: 'key', access: 'shield', pipelines: 'github-action', inventory: 'checklist', other: 'info' };

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
