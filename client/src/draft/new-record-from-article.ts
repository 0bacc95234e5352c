// "Briefing: New Record from Article Text": the article is the selection, else the open .txt
// (or plain text) document, else the clipboard, else a .txt file the user picks. The server
// drafts the record; the draft opens beside the article as an untitled record.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DRAFT_FROM_ARTICLE, type DraftFromArticleParams, type DraftFromArticleResult } from '../../../server/src/lsp/protocol';
import { dt } from './messages';

function isArticle(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'plaintext' || doc.uri.path.toLowerCase().endsWith('.txt');
}

async function articleFrom(target: vscode.Uri | undefined): Promise<DraftFromArticleParams | undefined> {
  if (target instanceof vscode.Uri) {
    const doc = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(doc, { preview: false });
    return { text: doc.getText(), source: { uri: doc.uri.toString(), line: 0, character: 0 } };
  }
  const editor = vscode.window.activeTextEditor;
  if (editor && !editor.selection.isEmpty) {
    const { start } = editor.selection;
    return { text: editor.document.getText(editor.selection), source: { uri: editor.document.uri.toString(), line: start.line, character: start.character } };
  }
  if (editor && isArticle(editor.document) && editor.document.getText().trim()) {
    return { text: editor.document.getText(), source: { uri: editor.document.uri.toString(), line: 0, character: 0 } };
  }
  const clipboard = await vscode.env.clipboard.readText();
  if (clipboard.trim()) return { text: clipboard, name: 'clipboard' };
  const [picked] =
    (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [dt('pickArticle')]: ['txt'] }, openLabel: dt('pickArticle') })) ?? [];
  return picked ? articleFrom(picked) : undefined;
}

export async function newRecordFromArticle(client: LanguageClient | undefined, target?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (!client?.isRunning()) {
    void vscode.window.showErrorMessage(dt('notRunning'));
    return undefined;
  }
  const params = await articleFrom(target);
  if (!params || !params.text.trim()) {
    void vscode.window.showWarningMessage(dt('noText'));
    return undefined;
  }
  const result = await client.sendRequest<DraftFromArticleResult>(DRAFT_FROM_ARTICLE, params);
  const doc = await vscode.workspace.openTextDocument({ language: 'briefing-yaml', content: result.text });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  void vscode.window.showInformationMessage(dt('drafted', result.people, result.statistics, result.directives, result.placeholders));
  return doc;
}
