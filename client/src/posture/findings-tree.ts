// The "Findings" tree of the Outpost view: by area (Secrets; Access: MFA, allow lists, anonymous
// access, sign-up; Pipelines; Inventory; Other), then by file, with counts. A finding opens its exact
// range; its inline actions open the rule page and apply the preferred fix.
import * as vscode from 'vscode';
import type { AreaGroup, FileGroup, PostureFinding } from '../../../server/src/report/posture-model';
import type { PostureData } from './posture-data';
import { openLocationCommand } from './open-location';
import { AREA_ICON, plural, SEVERITY_ICON } from './status-style';

export type FindingNode = { kind: 'area'; area: AreaGroup } | { kind: 'file'; area: AreaGroup; file: FileGroup } | { kind: 'finding'; finding: PostureFinding };

export class FindingsTree implements vscode.TreeDataProvider<FindingNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly data: PostureData) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: FindingNode): FindingNode[] {
    const model = this.data.current?.model;
    if (!model) return [];
    if (!node) return model.findings.areas.filter((a) => a.count > 0).map((area) => ({ kind: 'area', area }));
    if (node.kind === 'area') return node.area.files.map((file) => ({ kind: 'file', area: node.area, file }));
    if (node.kind === 'file') return node.file.findings.map((finding) => ({ kind: 'finding', finding }));
    return [];
  }

  getTreeItem(node: FindingNode): vscode.TreeItem {
    if (node.kind === 'area') {
      const a = node.area;
      // The short name keeps the count visible in a narrow side bar; the full title is in the tooltip and for screen readers.
      const item = new vscode.TreeItem(a.title.split(':')[0]!, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `area:${a.area}`;
      item.iconPath = new vscode.ThemeIcon(AREA_ICON[a.area] ?? 'info');
      const topics = a.topics ? Object.entries(a.topics).map(([t, n]) => `${n} ${t}`).join(', ') : '';
      item.description = `${a.count}${topics ? ` (${topics})` : ''}`;
      item.tooltip = `${a.title}: ${plural(a.count, 'finding')} in ${plural(a.files.length, 'file')}: ${a.bySeverity.error} errors, ${a.bySeverity.warning} warnings, ${a.bySeverity.info} info.`;
      item.accessibilityInformation = { label: `${a.title}: ${plural(a.count, 'finding')}${topics ? `, ${topics}` : ''}`, role: 'treeitem' };
      return item;
    }
    if (node.kind === 'file') {
      const f = node.file;
      // Collapsed: an area lists its files at a glance; a file opens to its findings.
      const item = new vscode.TreeItem(f.path, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `file:${node.area.area}:${f.path}`;
      const uri = this.data.uriOf(f.path);
      if (uri) item.resourceUri = uri;
      item.label = f.path;
      item.description = String(f.findings.length);
      item.iconPath = vscode.ThemeIcon.File;
      item.accessibilityInformation = { label: `${f.path}: ${plural(f.findings.length, 'finding')}`, role: 'treeitem' };
      return item;
    }
    const f = node.finding;
    const item = new vscode.TreeItem(f.ruleId, vscode.TreeItemCollapsibleState.None);
    item.id = `finding:${f.path}:${f.line}:${f.column}:${f.ruleId}`;
    item.iconPath = SEVERITY_ICON[f.severity];
    item.description = `line ${f.line} · ${f.message}`;
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(`$(${SEVERITY_ICON[f.severity].id}) **${f.ruleId}** (${f.severity}) — ${f.path}, line ${f.line}\n\n`);
    md.appendText(f.message);
    item.tooltip = md;
    item.contextValue = 'outpostFinding';
    item.accessibilityInformation = { label: `${f.severity} ${f.ruleId} on line ${f.line} of ${f.path}: ${f.message}`, role: 'treeitem' };
    const uri = this.data.uriOf(f.path);
    if (uri) item.command = openLocationCommand(uri, f.line, f.column, f.endLine, f.endColumn);
    return item;
  }

  description(): string {
    const m = this.data.current?.model;
    if (!m) return '';
    const b = m.findings.bySeverity;
    return `${plural(m.findings.total, 'finding')}${m.findings.total ? ` · ${b.error} errors, ${b.warning} warnings` : ''}`;
  }
}
