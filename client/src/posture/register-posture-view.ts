// Wires the Outpost view (activity-bar container with the Assets and Findings trees) and the posture
// page into the extension: one call from activate(). Commands and menus are declared in package.json.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { docsUrl } from '../../../server/src/engine/docs-url';
import { applyPreferredFix } from './apply-fix';
import { AssetsTree } from './assets-tree';
import { FindingsTree } from './findings-tree';
import type { FindingNode } from './findings-tree';
import { OPEN_LOCATION_COMMAND, openLocation } from './open-location';
import { PostureData } from './posture-data';
import { PosturePage } from './posture-page';

export const PostureCommands = {
  refresh: 'outpost.posture.refresh',
  openPage: 'outpost.posture.openPage',
  openRule: 'outpost.posture.openRule',
  applyFix: 'outpost.posture.applyFix',
} as const;

export function registerPostureView(context: vscode.ExtensionContext, client: LanguageClient, log: vscode.LogOutputChannel): PostureData {
  const data = new PostureData(client, log);
  const assets = new AssetsTree(data);
  const findings = new FindingsTree(data);
  const assetsView = vscode.window.createTreeView('outpost.assets', { treeDataProvider: assets, showCollapseAll: true });
  const findingsView = vscode.window.createTreeView('outpost.findings', { treeDataProvider: findings, showCollapseAll: true });
  const page = new PosturePage(data);

  const update = (): void => {
    const s = data.current;
    assets.refresh();
    findings.refresh();
    assetsView.description = assets.description();
    findingsView.description = findings.description();
    const total = s?.model.findings.total ?? 0;
    findingsView.badge = total > 0 ? { value: total, tooltip: `${total} Outpost finding${total === 1 ? '' : 's'}` } : undefined;
    const note = s && !s.scanned ? 'Showing the open files only. Run "Scan Workspace" (shield button above) to include every file.' : undefined;
    assetsView.message = s && s.model.assets.length === 0 ? (note ?? 'No asset inventory found. Keep one in assets.yaml (kind: AssetInventory) or an assets.csv.') : note;
    findingsView.message = note;
  };

  context.subscriptions.push(
    data,
    assetsView,
    findingsView,
    page,
    data.onDidChange(update),
    assetsView.onDidChangeVisibility((e) => e.visible && void data.refresh()),
    findingsView.onDidChangeVisibility((e) => e.visible && void data.refresh()),
    client.onDidChangeState(() => data.schedule()),
    vscode.commands.registerCommand(OPEN_LOCATION_COMMAND, (uri: vscode.Uri, line: number, column?: number, endLine?: number, endColumn?: number) => openLocation(uri, line, column, endLine, endColumn)),
    vscode.commands.registerCommand(PostureCommands.refresh, () => data.refresh()),
    vscode.commands.registerCommand(PostureCommands.openPage, () => page.show()),
    vscode.commands.registerCommand(PostureCommands.openRule, (node?: FindingNode) => {
      if (node?.kind === 'finding') return vscode.env.openExternal(vscode.Uri.parse(docsUrl(node.finding.ruleId)));
      return vscode.commands.executeCommand('outpost.openRuleDocumentation');
    }),
    vscode.commands.registerCommand(PostureCommands.applyFix, async (node?: FindingNode) => {
      const target = node ?? findingsView.selection[0];
      if (target?.kind !== 'finding') return;
      const uri = data.uriOf(target.finding.path);
      if (uri) await applyPreferredFix(uri, target.finding);
    }),
  );
  return data;
}
