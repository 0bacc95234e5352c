// The link in a drafted value's hover: shows the quoted text in the article, in the editor that
// has it open (or opens the article file).
import * as vscode from 'vscode';
import type { RevealArticleTextArgs } from '../../../server/src/lsp/protocol';
import { dt } from './messages';

export async function revealArticleText(args: RevealArticleTextArgs | undefined): Promise<void> {
  if (!args?.uri || !args.range) return;
  const range = new vscode.Range(args.range.start.line, args.range.start.character, args.range.end.line, args.range.end.character);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === args.uri);
  const open = visible?.document ?? vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
  let doc = open;
  if (!doc) {
    const uri = vscode.Uri.parse(args.uri);
    if (uri.scheme !== 'file') {
      void vscode.window.showWarningMessage(dt('articleClosed', uri.toString()));
      return;
    }
    doc = await vscode.workspace.openTextDocument(uri);
  }
  const editor = await vscode.window.showTextDocument(doc, {
    viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
    selection: range,
    preserveFocus: false,
  });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
}
