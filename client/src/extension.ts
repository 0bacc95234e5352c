// The VS Code face: starts the language server (dist/server.js over node IPC) for
// `briefing-yaml` documents and registers the commands. Everything else is the server's.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { INSERT_SNIPPET_COMMAND, SET_TRUSTED, type InitializationOptions } from '../../server/src/lsp/protocol';
import { insertSnippet } from './insert-snippet';
import { newRecord } from './new-record';
import { validateWorkspace } from './validate-workspace';
import { registerPreviews } from './preview';

export const LANGUAGE_ID = 'briefing-yaml';
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Briefing Records');
  context.subscriptions.push(output);

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const initializationOptions: InitializationOptions = { isTrusted: vscode.workspace.isTrusted, snippetCommand: true };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
      // The project's own files: checked against their schemas, and applied as they are typed.
      { language: 'yaml', scheme: 'file', pattern: '**/.briefing/*.{yaml,yml}' },
    ],
    outputChannel: output,
    traceOutputChannel: output,
    initializationOptions,
    diagnosticPullOptions: { onChange: true, onSave: true },
    markdown: { isTrusted: false, supportHtml: false },
  };
  // The id "briefing" makes the client read the `briefing.trace.server` setting.
  client = new LanguageClient('briefing', 'Briefing Records', serverOptions, clientOptions);

  registerPreviews(context, () => client);
  context.subscriptions.push(
    vscode.commands.registerCommand('briefing.validateWorkspace', () => validateWorkspace(client)),
    vscode.commands.registerCommand('briefing.newRecord', () => newRecord(context)),
    vscode.commands.registerCommand('briefing.showOutput', () => output.show(true)),
    vscode.commands.registerCommand(INSERT_SNIPPET_COMMAND, insertSnippet),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void client?.sendNotification(SET_TRUSTED, { trusted: true });
    }),
  );

  try {
    await client.start();
  } catch (e) {
    output.appendLine(`The server could not start: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}
