// textDocument/codeAction and codeAction/resolve. Actions are keyed on the diagnostic's code and
// data (never its message) and only offered for the document version the diagnostic was
// computed for: a stale diagnostic gets no action rather than an edit in the wrong place.
import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, CodeActionParams, Command, Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixesFor } from '../engine/fixes';
import type { FixResult } from '../engine/fixes/fix-provider';
import { outOfScope, looksMinified } from '../engine/scope/scan-scope';
import { detectKind } from '../engine/kinds/detect-kind';
import type { FileKind, Finding } from '../engine/types';
import { diagnosticData, fromLspSeverity, isOutpostDiagnostic } from './diagnostics';
import { computeFixAll } from './fix-all';
import type { OutpostServer, Resolved } from './outpost-server';
import { FIX_ALL_KIND, ServerCodes, ServerCommands } from './protocol';
import type { AddToBaselineArgs, FollowUpArgs } from './protocol';
import { toTextEdits, versionedEdit } from './text-edits';

export interface CodeActionCapabilities {
  documentChanges: boolean;
  /** The client resolves `edit` lazily through codeAction/resolve. */
  resolveEdit: boolean;
}

interface FixAllData {
  fixAll: true;
  uri: string;
  version: number;
}

/** Does an action of kind `kind` answer a request restricted to `only`? (Kinds are dot-separated hierarchies.) */
export function kindRequested(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function followUpCommand(message: string): Command {
  const args: FollowUpArgs = { message };
  return { title: 'Show how to finish this fix', command: ServerCommands.showFollowUp, arguments: [args] };
}

export function fileKind(r: Resolved, text: string): FileKind | undefined {
  return detectKind(r.path, text) ?? (r.config.scanAllFiles || !(outOfScope(r.path) || looksMinified(r.path, text)) ? 'other' : undefined);
}

/** The engine finding a diagnostic stands for, in offsets of the current document. */
function findingOf(d: Diagnostic, doc: TextDocument): Finding {
  const data = diagnosticData(d);
  const f: Finding = {
    ruleId: String(d.code),
    severity: fromLspSeverity(d.severity),
    message: d.message,
    range: { start: doc.offsetAt(d.range.start), end: doc.offsetAt(d.range.end) },
  };
  if (data?.fingerprint) f.fingerprint = data.fingerprint;
  if (data?.fix && typeof data.fix.kind === 'string') f.fix = data.fix;
  return f;
}

function toAction(doc: TextDocument, d: Diagnostic, fix: FixResult, caps: CodeActionCapabilities): CodeAction {
  const action: CodeAction = {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: versionedEdit(doc, toTextEdits(doc, fix.edits), caps.documentChanges),
  };
  if (fix.isPreferred) action.isPreferred = true;
  if (fix.followUp) action.command = followUpCommand(fix.followUp);
  return action;
}

export async function provideCodeActions(server: OutpostServer, params: CodeActionParams, caps: CodeActionCapabilities): Promise<CodeAction[]> {
  const doc = server.document(params.textDocument.uri);
  if (!doc) return [];
  const only = params.context.only;
  const wantQuickFix = kindRequested(CodeActionKind.QuickFix, only);
  const explicitFixAll = !!only && only.length > 0 && kindRequested(FIX_ALL_KIND, only);
  const ours = params.context.diagnostics.filter((d) => isOutpostDiagnostic(d) && !Object.values(ServerCodes).includes(String(d.code) as never));
  if (!explicitFixAll && (!wantQuickFix || ours.length === 0)) return [];

  const r = await server.resolve(doc.uri);
  const current = server.document(doc.uri);
  if (!current || current.version !== doc.version || !r.settings.enable || r.excluded) return [];
  const text = doc.getText();
  const kind = fileKind(r, text);
  if (!kind) return [];

  const actions: CodeAction[] = [];
  let anySafe = false;
  if (wantQuickFix) {
    for (const d of ours) {
      const data = diagnosticData(d);
      // Computed for another version of the text: its offsets mean nothing now.
      if (!data || data.version !== doc.version) continue;
      const finding = findingOf(d, doc);
      for (const fix of fixesFor({ path: r.path, text, kind, config: r.config, finding })) {
        actions.push(toAction(doc, d, fix, caps));
        if (fix.safe) anySafe = true;
      }
      if (finding.fingerprint && r.folder?.path) {
        const args: AddToBaselineArgs = { uri: doc.uri, ruleId: finding.ruleId, fingerprint: finding.fingerprint };
        actions.push({
          title: `Add this ${finding.ruleId} finding to the baseline`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: { title: 'Add to baseline', command: ServerCommands.addToBaseline, arguments: [args] },
        });
      }
    }
  }
  if (explicitFixAll || (anySafe && kindRequested(FIX_ALL_KIND, only))) {
    const fixAll = fixAllAction(doc, r, caps);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

function fixAllAction(doc: TextDocument, r: Resolved, caps: CodeActionCapabilities): CodeAction | undefined {
  const action: CodeAction = { title: 'Fix all safe Outpost problems in this file', kind: FIX_ALL_KIND };
  if (caps.resolveEdit) {
    const data: FixAllData = { fixAll: true, uri: doc.uri, version: doc.version };
    action.data = data;
    return action;
  }
  return fillFixAll(action, doc, r, caps) ? action : undefined;
}

function fillFixAll(action: CodeAction, doc: TextDocument, r: Resolved, caps: CodeActionCapabilities): boolean {
  const result = computeFixAll({ path: r.path, text: doc.getText(), config: r.config, baseline: r.folderConfig?.baseline });
  if (!result.edit) return false;
  action.edit = versionedEdit(doc, toTextEdits(doc, [result.edit]), caps.documentChanges);
  if (result.followUps.length > 0) {
    const intro = `Outpost applied ${result.applied} ${result.applied === 1 ? 'fix' : 'fixes'}. To finish:`;
    action.command = followUpCommand([intro, ...result.followUps.map((f, i) => `(${i + 1}) ${f}`)].join(' '));
  }
  return true;
}

export async function resolveCodeAction(server: OutpostServer, action: CodeAction, caps: CodeActionCapabilities): Promise<CodeAction> {
  const data = action.data as Partial<FixAllData> | undefined;
  if (!data?.fixAll || typeof data.uri !== 'string') return action;
  const doc = server.document(data.uri);
  if (!doc || doc.version !== data.version) return action;
  const r = await server.resolve(doc.uri);
  if (server.document(data.uri)?.version !== data.version) return action;
  fillFixAll(action, doc, r, caps);
  return action;
}
