// "Briefing: New Record": asks for a file name in the first workspace folder (or opens an
// untitled record when no folder is open) and inserts the skeleton as a snippet to tab through.
import * as vscode from 'vscode';
import { t } from './messages';
import { DEFAULT_SLUG, recordFileName, recordTemplate, today } from './record-template';

export async function newRecord(context: vscode.ExtensionContext): Promise<void> {
  const snippet = new vscode.SnippetString(recordTemplate(context.asAbsolutePath('schemas/briefing.schema.json')));
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || folder.uri.scheme !== 'file') {
    const doc = await vscode.workspace.openTextDocument({ language: 'briefing-yaml', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    await editor.insertSnippet(snippet, new vscode.Position(0, 0));
    return;
  }
  const prefix = `${today()}-`;
  const value = `${prefix}${DEFAULT_SLUG}.briefing.yaml`;
  const input = await vscode.window.showInputBox({
    prompt: t('newRecordPrompt', folder.name),
    value,
    valueSelection: [prefix.length, prefix.length + DEFAULT_SLUG.length],
    validateInput: (text) => {
      if (!text.trim()) return t('nameEmpty');
      if (text.split(/[\\/]/).includes('..') || /^([a-z]:)?[\\/]/i.test(text.trim())) return t('nameOutside');
      return undefined;
    },
  });
  if (!input) return;
  const name = recordFileName(input);
  const uri = vscode.Uri.joinPath(folder.uri, ...name.split('/').filter(Boolean));
  let exists = true;
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    exists = false;
  }
  if (exists) {
    void vscode.window.showWarningMessage(t('exists', name));
    await vscode.window.showTextDocument(uri);
    return;
  }
  await vscode.workspace.fs.writeFile(uri, new Uint8Array());
  const editor = await vscode.window.showTextDocument(uri);
  await editor.insertSnippet(snippet, new vscode.Position(0, 0));
}
