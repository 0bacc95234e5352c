// A minimal LSP client for tests: starts the built dist/server.js over stdio, answers the
// server's requests (configuration, registrations, refresh) and records what it publishes.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  CodeAction,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentDiagnosticReport,
  DocumentSymbol,
  Hover,
  InitializeResult,
  Position,
  PublishDiagnosticsParams,
  Range,
  Registration,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { REPO } from './workspace';

export const SERVER = join(REPO, 'dist', 'server.js');

/** Builds dist/ when the server bundle is missing (npm test builds it first). */
export function ensureBuilt(): void {
  if (existsSync(SERVER)) return;
  const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'build.mjs')], { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

export interface ClientOptions {
  /** Workspace folder URIs. */
  folders?: string[];
  /** The "briefing" settings section the client answers workspace/configuration with. */
  settings?: Record<string, unknown>;
  initializationOptions?: unknown;
  locale?: string;
  /** Pull diagnostics instead of push. */
  pull?: boolean;
  /** Answer workspace/configuration (default true). */
  configuration?: boolean;
  snippetSupport?: boolean;
  /** The client takes relative glob patterns (baseUri + pattern) for file watchers. */
  relativePatterns?: boolean;
  processId?: number | null;
  extraArgs?: string[];
  nodeArgs?: string[];
  /** The client resolves code actions' edits (codeAction/resolve), as VS Code does. */
  resolveCodeActions?: boolean;
}

export function capabilities(options: ClientOptions): ClientCapabilities {
  const caps: ClientCapabilities = {
    textDocument: {
      synchronization: { didSave: true, dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
      completion: {
        completionItem: { snippetSupport: options.snippetSupport !== false, documentationFormat: ['markdown', 'plaintext'], tagSupport: { valueSet: [1] } },
      },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    },
    workspace: {
      configuration: options.configuration !== false,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: options.relativePatterns === true },
      workspaceFolders: true,
      workspaceEdit: { documentChanges: false },
    },
  };
  if (options.resolveCodeActions) caps.textDocument!.codeAction!.resolveSupport = { properties: ['edit'] };
  if (options.pull) {
    caps.textDocument!.diagnostic = { dynamicRegistration: false, relatedDocumentSupport: false };
    caps.workspace!.diagnostics = { refreshSupport: true };
  }
  return caps;
}

export class TestClient {
  readonly child: ChildProcess;
  readonly connection: MessageConnection;
  /** Every publishDiagnostics, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly registrations: Registration[] = [];
  readonly logs: string[] = [];
  configurationRequests = 0;
  refreshRequests = 0;
  settings: Record<string, unknown>;
  initializeResult?: InitializeResult;
  private readonly waiters = new Set<() => void>();
  private readonly versions = new Map<string, number>();
  readonly exited: Promise<number | null>;

  constructor(readonly options: ClientOptions = {}) {
    ensureBuilt();
    this.settings = options.settings ?? {};
    this.child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio', ...(options.extraArgs ?? [])], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.child.stderr!.on('data', (d: Buffer) => this.logs.push(d.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.notify();
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
      this.configurationRequests++;
      this.notify();
      return p.items.map((i) => (i.section === 'briefing' ? this.settings : null));
    });
    this.connection.onRequest('client/registerCapability', (p: { registrations: Registration[] }) => {
      this.registrations.push(...p.registrations);
      this.notify();
      return null;
    });
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/workspaceFolders', () => (options.folders ?? []).map((uri) => ({ uri, name: uri })));
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshRequests++;
      this.notify();
      return null;
    });
    this.connection.onError(() => undefined);
    this.connection.listen();
  }

  static async start(options: ClientOptions = {}): Promise<TestClient> {
    const client = new TestClient(options);
    await client.initialize();
    return client;
  }

  async initialize(): Promise<void> {
    await this.initializeOnly();
    await this.connection.sendNotification('initialized', {});
  }

  /** The initialize request alone; the caller sends `initialized` when it wants to. */
  async initializeOnly(): Promise<void> {
    const folders = this.options.folders ?? [];
    this.initializeResult = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: this.options.processId === undefined ? process.pid : this.options.processId,
      rootUri: folders[0] ?? null,
      workspaceFolders: folders.map((uri) => ({ uri, name: uri })),
      capabilities: capabilities(this.options),
      locale: this.options.locale ?? 'vi',
      initializationOptions: this.options.initializationOptions,
    });
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  /** Resolves with the first non-undefined value of `check`, re-checked on every message. */
  waitFor<T>(check: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
    const first = check();
    if (first !== undefined) return Promise.resolve(first);
    return new Promise<T>((resolve, reject) => {
      const waiter = () => {
        const v = check();
        if (v !== undefined) {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(v);
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`timed out waiting for ${what}\nserver log:\n${this.logs.join('\n')}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** The last diagnostics published for a URI (and version, when given) after `since` publishes. */
  lastDiagnostics(uri: string, version?: number, since = 0): Diagnostic[] | undefined {
    for (let i = this.published.length - 1; i >= since; i--) {
      const p = this.published[i];
      if (p.uri === uri && (version === undefined || p.version === version)) return p.diagnostics;
    }
    return undefined;
  }

  /** Waits for a publish for the URI (and version) satisfying `accept`. */
  diagnostics(
    uri: string,
    options: { version?: number; since?: number; accept?: (d: Diagnostic[]) => boolean; timeoutMs?: number } = {},
  ): Promise<Diagnostic[]> {
    const since = options.since ?? 0;
    return this.waitFor(
      () => {
        for (let i = this.published.length - 1; i >= since; i--) {
          const p = this.published[i];
          if (p.uri !== uri || (options.version !== undefined && p.version !== options.version)) continue;
          if (!options.accept || options.accept(p.diagnostics)) return p.diagnostics;
        }
        return undefined;
      },
      `diagnostics for ${uri}${options.version !== undefined ? ` v${options.version}` : ''}`,
      options.timeoutMs,
    );
  }

  open(uri: string, text: string, version = 1): void {
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'briefing-yaml', version, text } });
  }

  /** Replaces the whole text (or applies ranged edits); returns the new version. */
  change(uri: string, change: string | TextEdit[]): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const contentChanges = typeof change === 'string' ? [{ text: change }] : change.map((e) => ({ range: e.range, text: e.newText }));
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    return version;
  }

  save(uri: string): void {
    void this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  close(uri: string): void {
    this.versions.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  version(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  async setSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: this.options.configuration === false ? { briefing: settings } : null,
    });
  }

  completion(uri: string, position: Position): Promise<CompletionList | CompletionItem[] | null> {
    return this.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[]> {
    return this.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  }

  pullDiagnostics(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  }

  request<R>(method: string, params: unknown = {}): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  notifyFiles(changes: { uri: string; type: 1 | 2 | 3 }[]): void {
    void this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    const timer = setTimeout(() => this.child.kill(), 3000);
    await this.exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

/** The edits of a code action for one document, whatever shape its WorkspaceEdit has. */
export function editsOf(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  if (edit.changes?.[uri]) return edit.changes[uri];
  const out: TextEdit[] = [];
  for (const c of edit.documentChanges ?? []) if ('textDocument' in c && c.textDocument.uri === uri) out.push(...(c.edits as TextEdit[]));
  return out;
}

export function itemsOf(result: CompletionList | CompletionItem[] | null): CompletionItem[] {
  if (!result) return [];
  return Array.isArray(result) ? result : result.items;
}
