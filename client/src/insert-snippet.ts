// `briefing.insertSnippet`: runs a snippet fix sent by the server (LSP 3.17 has no snippet edits,
// so the server sends such fixes as this command to this client only). The edits are applied
// only to the document version they were computed for.
import * as vscode from 'vscode';
import type { InsertSnippetArgs } from '../../server/src/lsp/protocol';
import { t } from './messages';

const toRange = (r: InsertSnippetArgs['edits'][number]['range']) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

export async function insertSnippet(args: InsertSnippetArgs): Promise<void> {
  if (!args?.uri || !Array.isArray(args.edits) || args.edits.length === 0) return;
  const uri = vscode.Uri.parse(args.uri);
  const doc = await vscode.workspace.openTextDocument(uri);
  if (args.version !== undefined && doc.version !== args.version) {
    void vscode.window.showWarningMessage(t('staleFix'));
    return;
  }
  const editor = await vscode.window.showTextDocument(doc);
  if (args.edits.length === 1) {
    const [e] = args.edits;
    await editor.insertSnippet(new vscode.SnippetString(e.newText), toRange(e.range));
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    uri,
    args.edits.map((e) => new vscode.SnippetTextEdit(toRange(e.range), new vscode.SnippetString(e.newText))),
  );
  await vscode.workspace.applyEdit(edit);
}
