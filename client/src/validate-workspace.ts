// "Briefing: Validate Workspace": asks the server to re-validate every record and shows counts.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { VALIDATE_WORKSPACE, type ValidateWorkspaceResult } from '../../server/src/lsp/protocol';
import { t } from './messages';

export async function validateWorkspace(client: LanguageClient | undefined): Promise<void> {
  if (!client || !client.isRunning()) {
    void vscode.window.showErrorMessage(t('notRunning'));
    return;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('validating'), cancellable: true },
    (_progress, token) => client.sendRequest<ValidateWorkspaceResult | null>(VALIDATE_WORKSPACE, {}, token),
  );
  if (!result) return;
  const message = t('validated', result.files, result.errors, result.warnings);
  const show = result.errors > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  const action = await show(message, t('showProblems'));
  if (action) await vscode.commands.executeCommand('workbench.actions.view.problems');
}
