// A minimal LSP client for the benchmark: starts a server over stdio, answers its requests
// (configuration, registrations) and times requests and the diagnostics it publishes.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import rpc from 'vscode-jsonrpc/node.js';
import { peakRssMb } from './stats.mjs';

const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = rpc;

const CAPABILITIES = {
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
  workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: false } },
};

export class BenchClient {
  /**
   * @param {{ name: string, command: string[], settings: Record<string, unknown>, initializationOptions?: unknown, folder: string, versioned?: boolean }} server
   */
  constructor(server) {
    this.server = server;
    this.startedAt = performance.now();
    this.child = spawn(server.command[0], server.command.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.child.stderr.on('data', (d) => {
      if (this.stderr.length < 20000) this.stderr += d;
    });
    this.exited = new Promise((resolve) => this.child.on('exit', resolve));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.waiters = [];
    this.configured = 0;
    this.connection.onNotification('textDocument/publishDiagnostics', (p) => {
      const at = performance.now();
      // A server that says which version it validated is held to it: a report for the file on
      // disk or for an older version is not the answer to this edit.
      for (const w of [...this.waiters]) if (w.uri === p.uri && (!server.versioned || p.version === w.version)) w.resolve({ at, params: p });
    });
    this.connection.onRequest('workspace/configuration', (p) => {
      this.configured++;
      return p.items.map((i) => this.server.settings[i.section ?? ''] ?? null);
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/workspaceFolders', () => [{ uri: pathToFileURL(server.folder).href, name: 'bench' }]);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onNotification('telemetry/event', () => undefined);
    this.connection.onError(() => undefined);
    this.connection.listen();
  }

  get pid() {
    return this.child.pid;
  }

  /** Spawn → initialize result, in ms (includes the process start, as an editor sees it). */
  async initialize() {
    const folderUri = pathToFileURL(this.server.folder).href;
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: 'bench' }],
      capabilities: CAPABILITIES,
      locale: 'vi',
      initializationOptions: this.server.initializationOptions,
    });
    const ms = performance.now() - this.startedAt;
    await this.connection.sendNotification('initialized', {});
    // Both servers pull their settings right after `initialized`; the schema must be known
    // before the first document arrives.
    const deadline = performance.now() + 10000;
    while (this.configured === 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 50));
    return ms;
  }

  /** Resolves with the next diagnostics published for `uri` at `version` (and the time they arrived). */
  nextDiagnostics(uri, version, timeoutMs = 60000) {
    return new Promise((resolve, reject) => {
      const w = {
        uri,
        version,
        resolve: (x) => {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          clearTimeout(t);
          resolve(x);
        },
      };
      const t = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        reject(new Error(`${this.server.name}: no diagnostics for ${uri} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(w);
    });
  }

  /** didOpen → first diagnostics: { ms, diagnostics }. */
  async open(uri, text, version = 1) {
    const next = this.nextDiagnostics(uri, version);
    const t0 = performance.now();
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
    const { at, params } = await next;
    return { ms: at - t0, diagnostics: params.diagnostics };
  }

  /** One incremental change → the diagnostics that follow it. */
  async change(uri, version, range, text) {
    const next = this.nextDiagnostics(uri, version);
    const t0 = performance.now();
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    const { at, params } = await next;
    return { ms: at - t0, diagnostics: params.diagnostics };
  }

  async timed(method, params) {
    const t0 = performance.now();
    const result = await this.connection.sendRequest(method, params);
    return { ms: performance.now() - t0, result };
  }

  peakRssMb() {
    return peakRssMb(this.child.pid);
  }

  async stop() {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      /* already gone */
    }
    const gone = await Promise.race([this.exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 3000))]);
    if (!gone) this.child.kill('SIGKILL');
    this.connection.dispose();
  }
}
