// Clicking an item in a view shows its line in the editor: the editor already showing the
// record if there is one, else a new one beside the view.
import * as vscode from 'vscode';

export async function revealLine(uri: vscode.Uri, line: number, fallback: vscode.ViewColumn = vscode.ViewColumn.One): Promise<void> {
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const doc = visible?.document ?? (await vscode.workspace.openTextDocument(uri));
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? fallback, preserveFocus: false });
  const at = new vscode.Position(Math.max(0, Math.min(line, doc.lineCount - 1)), 0);
  const start = doc.lineAt(at.line).firstNonWhitespaceCharacterIndex;
  editor.selection = new vscode.Selection(at.line, start, at.line, start);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
