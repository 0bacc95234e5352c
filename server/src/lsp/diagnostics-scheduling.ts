// When diagnostics are computed: the document events (open, change, save, close) with the
// trigger setting (onType: debounced after each change; onSave: at open and save), and the pull
// requests. The computing, pushing and pulling itself is DiagnosticsService (diagnostics.ts).
import type { TextDocumentChangeEvent } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileKey } from './files';
import type { ServerState } from './server-state';
import type { WorkspaceIndexing } from './workspace-indexing';

type DocumentEvent = TextDocumentChangeEvent<TextDocument>;

export class DiagnosticsScheduling {
  /** Documents just opened: the change event that follows an open is the open itself. */
  private readonly justOpened = new Set<string>();

  constructor(
    private readonly state: ServerState,
    private readonly indexing?: WorkspaceIndexing,
  ) {}

  /** A project file (configuration, catalog, people) open in the editor applies as typed, saved or not. */
  private projectFileEvent(uri: string): boolean {
    const data = this.state.workspace.isDataFile(uri);
    if (!data || !this.indexing) return false;
    void this.state.gate.ready.then(() => this.indexing!.reloadData(true, [data.project]));
    return true;
  }

  private opened({ document }: DocumentEvent): void {
    const key = fileKey(document.uri);
    this.justOpened.add(key);
    this.state.triggeredVersion.set(key, document.version);
    if (!this.projectFileEvent(document.uri)) this.state.diagnostics.opened(document.uri);
  }

  private changed({ document }: DocumentEvent): void {
    const key = fileKey(document.uri);
    // The open's own change event is skipped by identity, not by version number: a client that
    // sends a change with the version it opened with still gets it validated.
    if (this.justOpened.delete(key)) return;
    if (!this.projectFileEvent(document.uri)) this.state.diagnostics.changed(document.uri);
  }

  private saved({ document }: DocumentEvent): void {
    this.state.triggeredVersion.set(fileKey(document.uri), document.version);
    this.state.diagnostics.saved(document.uri);
  }

  private async closed({ document }: DocumentEvent): Promise<void> {
    const { workspace, settings, diagnostics } = this.state;
    const uri = document.uri;
    const key = fileKey(uri);
    this.justOpened.delete(key);
    this.state.triggeredVersion.delete(key);
    if (this.projectFileEvent(uri)) return; // back to the file on disk
    if (workspace.isWorkspaceRecord(uri, settings.files)) await workspace.refreshFromDisk(uri);
    workspace.closed(uri);
    diagnostics.closed(uri);
  }

  register(): void {
    const { connection, documents, handlers } = this.state;
    documents.onDidOpen(handlers.immediate('didOpen', (e: DocumentEvent) => this.opened(e)));
    documents.onDidChangeContent(handlers.immediate('didChange', (e: DocumentEvent) => this.changed(e)));
    documents.onDidSave(handlers.immediate('didSave', (e: DocumentEvent) => this.saved(e)));
    documents.onDidClose(handlers.immediate('didClose', (e: DocumentEvent) => this.closed(e)));
    const diagnostics = () => this.state.diagnostics;
    connection.languages.diagnostics.on(
      handlers.request('textDocument/diagnostic', { kind: 'full', items: [] } as const, (params, token) => diagnostics().documentReport(params, token)),
    );
    // The workspace report lists the records on disk: it waits for the first scan.
    connection.languages.diagnostics.onWorkspace(
      handlers.request('workspace/diagnostic', { items: [] }, (params, token) => diagnostics().workspaceReport(params, token), 'scanned'),
    );
  }
}
