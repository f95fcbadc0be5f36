// The "Assets" tree of the Outpost view: assets grouped by exposure, each with its status icon, the
// review date in the description and a tooltip that says what is missing; its children are the
// facts a reviewer checks (owner, authentication, allow list, audit log, patching, review, and the
// server's real configuration when the inventory names a file of the workspace).
import * as vscode from 'vscode';
import type { ExposureGroup, PostureAsset } from '../../../server/src/report/posture-model';
import { STATUS_TITLES } from '../../../server/src/report/posture-model';
import type { PostureData } from './posture-data';
import { openLocationCommand } from './open-location';
import { EXPOSURE_ICON, plural, STATUS_ICON } from './status-style';

type Node = { kind: 'group'; group: ExposureGroup } | { kind: 'asset'; asset: PostureAsset } | { kind: 'fact'; asset: PostureAsset; label: string; value: string; icon: string; target?: string };

function reviewText(a: PostureAsset): string {
  if (a.nextReview === undefined || a.daysUntilReview === undefined) return 'review overdue (no valid date)';
  const d = a.daysUntilReview;
  if (d < 0) return `review overdue by ${plural(-d, 'day')}`;
  if (d === 0) return 'review due today';
  return d <= 30 ? `review due in ${plural(d, 'day')}` : `next review ${a.nextReview}`;
}

function tooltip(a: PostureAsset): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${escapeMd(a.label)}**${a.name && a.name !== a.label ? ` — ${escapeMd(a.name)}` : ''}\n\n`);
  md.appendMarkdown(`$(${STATUS_ICON[a.status].id}) **${STATUS_TITLES[a.status]}**\n\n`);
  if (a.missing.length > 0) md.appendMarkdown(`Missing: ${a.missing.map(escapeMd).join(', ')}.\n\n`);
  md.appendMarkdown(`${escapeMd(a.summary.replace(/^Missing: [^.]*\.\s*|^Nothing missing\.\s*/, ''))}\n\n`);
  md.appendMarkdown(`${escapeMd(a.path)}, line ${a.line}`);
  return md;
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>$]/g, (c) => `\\${c}`);
}

function facts(a: PostureAsset): Node[] {
  const out: Node[] = [];
  const add = (label: string, value: string, icon: string, target?: string): void => {
    out.push(target ? { kind: 'fact', asset: a, label, value, icon, target } : { kind: 'fact', asset: a, label, value, icon });
  };
  add('Owner', a.owner ?? 'none — nobody is responsible', 'person');
  add('Authentication', `${a.authMethod ?? 'not stated'}${a.mfa ? `, MFA ${a.mfa}` : ', MFA not stated'}${a.anonymousAccess ? ', anonymous access ON' : ''}`, 'key');
  add('Allow list', a.ipAllowlist.length > 0 ? a.ipAllowlist.join(', ') : a.vpnRequired ? 'VPN required' : 'none', 'list-filter');
  add('Audit log', a.auditLog === true ? `on${a.forwardedTo ? `, forwarded to ${a.forwardedTo}` : ''}` : a.auditLog === false ? 'off' : 'not stated', 'output');
  add('Patching', `${a.patchResponsibility ?? 'nobody named'}${a.patchContact ? ` (${a.patchContact})` : ''}`, 'tools');
  add('Next review', a.nextReview ? `${a.nextReview} (every ${a.reviewEveryDays} days)` : 'no valid review date', 'calendar');
  if (a.configPath) add('Server configuration', a.configPath, 'go-to-file', a.configPath);
  return out;
}

export class AssetsTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly data: PostureData) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    const model = this.data.current?.model;
    if (!model) return [];
    if (!node) return model.exposures.map((group) => ({ kind: 'group', group }));
    if (node.kind === 'group') return node.group.assets.map((asset) => ({ kind: 'asset', asset }));
    if (node.kind === 'asset') return facts(node.asset);
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const g = node.group;
      const late = g.assets.filter((a) => a.status === 'overdue').length;
      const soon = g.assets.filter((a) => a.status === 'due-soon').length;
      const item = new vscode.TreeItem(g.title, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `exposure:${g.exposure}`;
      item.iconPath = new vscode.ThemeIcon(EXPOSURE_ICON[g.exposure] ?? 'question');
      item.description = [plural(g.assets.length, 'asset'), late ? `${late} overdue` : '', soon ? `${soon} due soon` : ''].filter(Boolean).join(' · ');
      item.accessibilityInformation = { label: `${g.title}: ${item.description}`, role: 'treeitem' };
      return item;
    }
    if (node.kind === 'asset') {
      const a = node.asset;
      const item = new vscode.TreeItem(a.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `asset:${a.path}:${a.line}:${a.label}`;
      item.iconPath = STATUS_ICON[a.status];
      item.description = `${a.owner ?? 'no owner'} · ${reviewText(a)}${a.missing.length > 0 ? ` · missing ${a.missing.length}` : ''}`;
      item.tooltip = tooltip(a);
      item.contextValue = a.configPath ? 'outpostAsset.withConfig' : 'outpostAsset';
      item.accessibilityInformation = { label: `Asset ${a.label}, ${STATUS_TITLES[a.status]}. ${a.summary}`, role: 'treeitem' };
      const uri = this.data.uriOf(a.path);
      if (uri) item.command = openLocationCommand(uri, a.line);
      return item;
    }
    const item = new vscode.TreeItem(`${node.label}: ${node.value}`, vscode.TreeItemCollapsibleState.None);
    item.id = `fact:${node.asset.path}:${node.asset.line}:${node.label}`;
    item.iconPath = new vscode.ThemeIcon(node.icon);
    item.accessibilityInformation = { label: `${node.label}: ${node.value}`, role: 'treeitem' };
    const target = node.target ? this.data.uriOf(node.target) : this.data.uriOf(node.asset.path);
    if (target) item.command = openLocationCommand(target, node.target ? 1 : node.asset.line);
    if (node.target) item.tooltip = `Open ${node.target}, the real configuration of ${node.asset.label}`;
    return item;
  }

  /** "3 assets · 1 overdue · 1 due soon", for the view's description. */
  description(): string {
    const m = this.data.current?.model;
    if (!m) return '';
    const s = m.assetsByStatus;
    return [plural(m.assets.length, 'asset'), s.overdue ? `${s.overdue} overdue` : '', s['due-soon'] ? `${s['due-soon']} due soon` : '', s.missing ? `${s.missing} missing something` : ''].filter(Boolean).join(' · ');
  }
}
