// "Outpost: Open Rule Documentation": opens the page that explains a rule (what, why, how to fix).
// With a rule id argument it opens that page; otherwise it offers the rules of the open findings, the ones
// under the cursor first, so "what does this warning mean?" is one command away.
import * as vscode from 'vscode';
import { docsUrl } from '../../../server/src/engine/docs-url';
import { ruleIdOf } from '../finding-counts';

interface RuleItem extends vscode.QuickPickItem {
  ruleId: string;
  url: string;
}

export async function openRuleDocumentation(ruleId?: unknown): Promise<void> {
  if (typeof ruleId === 'string' && ruleId.length > 0) {
    await vscode.env.openExternal(vscode.Uri.parse(docsUrl(ruleId)));
    return;
  }
  const items = ruleItems();
  if (items.length === 0) {
    const typed = await vscode.window.showInputBox({
      title: 'Outpost: Open Rule Documentation',
      prompt: 'No Outpost findings are open. Type a rule id, e.g. secret/aws-access-key-id or gha/template-injection.',
      validateInput: (v) => (/^[a-z0-9-]+\/[a-z0-9-]+$/.test(v.trim()) ? undefined : 'A rule id looks like family/name, e.g. secret/jwt.'),
    });
    if (typed) await vscode.env.openExternal(vscode.Uri.parse(docsUrl(typed.trim())));
    return;
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Outpost: Open Rule Documentation',
    placeHolder: 'Rule to read about (rules of the open findings; the ones at the cursor first)',
    matchOnDescription: true,
  });
  if (picked) await vscode.env.openExternal(vscode.Uri.parse(picked.url));
}

function ruleItems(): RuleItem[] {
  const editor = vscode.window.activeTextEditor;
  const atCursor = new Set<string>();
  if (editor) {
    for (const d of vscode.languages.getDiagnostics(editor.document.uri)) {
      const id = ruleIdOf(d);
      if (id && d.range.contains(editor.selection.active)) atCursor.add(id);
    }
  }
  const byRule = new Map<string, { count: number; url: string }>();
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const d of diagnostics) {
      const id = ruleIdOf(d);
      if (!id) continue;
      const entry = byRule.get(id) ?? { count: 0, url: docTarget(d) ?? docsUrl(id) };
      entry.count++;
      byRule.set(id, entry);
    }
  }
  return [...byRule.entries()]
    .sort(([a], [b]) => Number(atCursor.has(b)) - Number(atCursor.has(a)) || a.localeCompare(b))
    .map(([id, { count, url }]) => ({
      ruleId: id,
      url,
      label: id,
      description: `${count} open ${count === 1 ? 'finding' : 'findings'}${atCursor.has(id) ? ' · at the cursor' : ''}`,
    }));
}

/** The docs link the server put on the diagnostic (codeDescription.href), if any. */
function docTarget(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' && d.code.target ? d.code.target.toString() : undefined;
}
