// Saving an export where the user chooses (the workspace folder by default).
import * as vscode from 'vscode';

export async function saveExport(name: string, filters: Record<string, string[]>, bytes: Uint8Array, savedWord: string): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const safe = name.replace(/[\\/:*?"<>|]+/g, '-');
  const target = await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, safe) : undefined, filters });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, bytes);
  void vscode.window.showInformationMessage(`${savedWord}: ${vscode.workspace.asRelativePath(target)}`);
}
