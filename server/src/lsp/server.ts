// The language server: LSP wiring over the engine. It owns the documents, the settings and the
// workspace model; every answer comes from the engine through convert.ts.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type Disposable,
  type FileSystemWatcher,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Severity, type Locale, type ValidateOptions } from '../engine';
import { codeActions } from './code-actions';
import type { ClientFeatures } from './convert';
import { DiagnosticsService, yieldToEventLoop, type DiagnosticsMode } from './diagnostics';
import { completion, documentSymbols, foldingRanges, hover, workspaceSymbols } from './features';
import { fileKey, pathToUri } from './files';
import { SET_TRUSTED, VALIDATE_WORKSPACE, type InitializationOptions, type SetTrustedParams, type ValidateWorkspaceResult } from './protocol';
import { guarded, guardedNotification } from './safe';
import { registerPeopleNavigation } from './people-navigation';
import { defaultSettings, effectiveLocale, layerSettings, readSettings, type Settings } from './settings';
import { Workspace, type Project } from './workspace';

const DATA_GLOB = '**/.briefing/*.yaml';

function clientFeatures(caps: ClientCapabilities, pull: boolean): ClientFeatures {
  const td = caps.textDocument ?? {};
  const markdown = (list?: string[]) => !!list?.includes('markdown');
  return {
    snippets: !!td.completion?.completionItem?.snippetSupport,
    markdown: markdown(td.hover?.contentFormat) || markdown(td.completion?.completionItem?.documentationFormat),
    deprecatedTag: !!td.completion?.completionItem?.tagSupport?.valueSet?.includes(1),
    relatedInformation: pull || !!td.publishDiagnostics?.relatedInformation,
    codeDescription: !!td.publishDiagnostics?.codeDescriptionSupport || pull,
    hierarchicalSymbols: !!td.documentSymbol?.hierarchicalDocumentSymbolSupport,
  };
}

/** A local link to the rule reference, when the package ships it. */
function findRulesDoc(schemasDir: string): string | undefined {
  const path = join(dirname(schemasDir), 'docs', 'rules.md');
  return existsSync(path) ? pathToUri(path) : undefined;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const log = (m: string) => connection.console.error(m);
  const info = (m: string) => connection.console.log(m);

  let workspace!: Workspace;
  let diagnostics!: DiagnosticsService;
  let client!: ClientFeatures;
  let caps: ClientCapabilities = {};
  let initOptions: InitializationOptions = {};
  /** The raw settings passed in initializationOptions, the base under workspace/configuration. */
  let initSettings: unknown;
  let settings: Settings = defaultSettings();
  let settingsRevision = 0;
  let clientLocale: string | undefined;
  let trusted = true;
  let watcherRegistration: Promise<Disposable> | undefined;
  let markReady!: () => void;
  const readyPromise = new Promise<void>((resolve) => (markReady = resolve));
  let markScanned!: () => void;
  const scannedPromise = new Promise<void>((resolve) => (markScanned = resolve));
  /** Versions of open documents at their last open or save (trigger onSave). */
  const triggeredVersion = new Map<string, number>();

  const locale = (): Locale => effectiveLocale(settings, clientLocale);
  const validateOptions = (): ValidateOptions => ({ locale: locale(), severities: settings.rules });
  const supportsConfiguration = () => !!caps.workspace?.configuration;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    caps = params.capabilities;
    clientLocale = params.locale;
    initOptions = (params.initializationOptions ?? {}) as InitializationOptions;
    trusted = initOptions.isTrusted !== false;
    initSettings = initOptions.settings ?? initOptions;
    settings = readSettings(initSettings);
    const mode: DiagnosticsMode = initOptions.diagnosticMode === 'push' || initOptions.diagnosticMode === 'pull' ? initOptions.diagnosticMode : caps.textDocument?.diagnostic ? 'pull' : 'push';
    client = clientFeatures(caps, mode === 'pull');
    workspace = new Workspace(documents);
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
    workspace.setFolders(folders);
    diagnostics = new DiagnosticsService(
      {
        connection,
        workspace,
        client,
        settings: () => settings,
        validateOptions,
        settingsRevision: () => settingsRevision,
        ready: () => readyPromise,
        scanned: () => scannedPromise,
        docsUri: findRulesDoc(workspace.schemasDir),
        versionSupport: !!caps.textDocument?.publishDiagnostics?.versionSupport,
        refreshSupport: !!caps.workspace?.diagnostics?.refreshSupport,
        log,
      },
      mode,
    );
    const literalActions = !!caps.textDocument?.codeAction?.codeActionLiteralSupport;
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        completionProvider: { triggerCharacters: [':', ' ', '-'], resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: literalActions ? { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] } : true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        workspaceSymbolProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'briefing-records' },
    };
    if (mode === 'pull') {
      // Records depend on the workspace catalog and people files, which this server watches
      // itself and announces with a refresh; records do not depend on each other.
      result.capabilities.diagnosticProvider = { identifier: 'briefing', interFileDependencies: true, workspaceDiagnostics: true };
    }
    return result;
  });

  connection.onInitialized(
    guardedNotification(log, 'initialized', async () => {
      try {
        try {
          if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
            void connection.client.register(DidChangeConfigurationNotification.type, { section: 'briefing' });
          }
          if (caps.workspace?.workspaceFolders) {
            connection.workspace.onDidChangeWorkspaceFolders(guardedNotification(log, 'workspaceFolders', () => reloadFolders()));
          }
          await pullSettings();
          registerWatchers();
          for (const p of workspace.allProjects()) diagnostics.publishData(await workspace.loadData(p, trusted, locale()));
        } finally {
          markReady();
        }
        info(`Briefing Records server ready: ${workspace.allProjects().length - 1} workspace folder(s), ${diagnostics.mode} diagnostics, locale ${locale()}.`);
        await validateWorkspace(() => false);
      } finally {
        markScanned();
      }
    }),
  );

  // ---- settings ----

  async function pullSettings(): Promise<void> {
    if (!supportsConfiguration()) return;
    const [raw] = await connection.workspace.getConfiguration([{ section: 'briefing' }]);
    settings = readSettings(layerSettings(initSettings, raw));
  }

  async function applySettings(next: Settings): Promise<void> {
    const before = settings;
    const beforeLocale = locale();
    settings = next;
    if (beforeLocale !== locale() || JSON.stringify(before.rules) !== JSON.stringify(next.rules)) settingsRevision++;
    if (beforeLocale !== locale()) await reloadData(false);
    if (JSON.stringify(before.files) !== JSON.stringify(next.files)) {
      registerWatchers();
      await validateWorkspace(() => false);
      return;
    }
    await revalidateAll();
  }

  connection.onDidChangeConfiguration(
    guardedNotification(log, 'didChangeConfiguration', async (params: { settings?: unknown }) => {
      await readyPromise;
      if (supportsConfiguration()) {
        const [raw] = await connection.workspace.getConfiguration([{ section: 'briefing' }]);
        await applySettings(readSettings(layerSettings(initSettings, raw)));
      } else {
        // Push-style clients send their whole section: it replaces what was there.
        const payload = (params.settings as { briefing?: unknown } | null | undefined)?.briefing ?? params.settings;
        if (payload && typeof payload === 'object') await applySettings(readSettings(payload));
      }
    }),
  );

  connection.onNotification(
    SET_TRUSTED,
    guardedNotification(log, 'setTrusted', async (params: SetTrustedParams) => {
      await readyPromise;
      if (trusted === !!params.trusted) return;
      trusted = !!params.trusted;
      await reloadData(true);
    }),
  );

  // ---- workspace ----

  // Watches the workspace data files and the records. A plain glob is matched against absolute
  // paths by most clients, so the records globs become relative patterns per folder when the
  // client supports them, and are prefixed with "**/" otherwise (the server filters the events).
  function registerWatchers(): void {
    const watched = caps.workspace?.didChangeWatchedFiles;
    if (!watched?.dynamicRegistration) return;
    const folders = workspace.allProjects().filter((p) => p.folderUri);
    const records: FileSystemWatcher[] = watched.relativePatternSupport
      ? folders.flatMap((p) => settings.files.map((g) => ({ globPattern: { baseUri: p.folderUri, pattern: g } })))
      : settings.files.map((g) => ({ globPattern: g.startsWith('**/') ? g : `**/${g}` }));
    const previous = watcherRegistration;
    watcherRegistration = connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: DATA_GLOB }, ...records] });
    void previous?.then((d) => d.dispose()).catch(() => undefined);
  }

  async function reloadData(revalidate: boolean, projects: Project[] = workspace.allProjects()): Promise<void> {
    for (const p of projects) diagnostics.publishData(await workspace.loadData(p, trusted, locale()));
    if (revalidate) await revalidateAll(projects);
  }

  async function reloadFolders(): Promise<void> {
    const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
    workspace.setFolders(folders);
    registerWatchers();
    await reloadData(false);
    await validateWorkspace(() => false);
  }

  /** Re-validates every known record (of some projects), following the trigger for open ones. */
  async function revalidateAll(projects?: Project[]): Promise<void> {
    const uris = workspace
      .allRecords()
      .filter((r) => !projects || projects.includes(r.project))
      .filter((r) => {
        if (r.version === undefined || settings.validate.trigger === 'onType') return true;
        return triggeredVersion.get(fileKey(r.uri)) === r.version;
      })
      .map((r) => r.uri);
    await diagnostics.revalidate(uris);
  }

  /** Finds the records, validates them all and publishes; counts what it found. */
  async function validateWorkspace(isCancelled: () => boolean): Promise<ValidateWorkspaceResult> {
    for (const uri of await workspace.scan(settings.files, isCancelled)) {
      if (!workspace.openDoc(uri)) diagnostics.removed(uri);
    }
    const result: ValidateWorkspaceResult = { files: 0, errors: 0, warnings: 0 };
    const options = validateOptions();
    for (const uri of workspace.allRecords().map((r) => r.uri)) {
      if (isCancelled()) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Cancelled.');
      await yieldToEventLoop();
      const ref = workspace.get(uri);
      if (!ref) continue;
      result.files++;
      for (const d of ref.project.engine.validate(ref.record, options)) {
        if (d.severity === Severity.error) result.errors++;
        else if (d.severity === Severity.warning) result.warnings++;
      }
      const isOpenOnSave = ref.version !== undefined && settings.validate.trigger === 'onSave' && triggeredVersion.get(fileKey(uri)) !== ref.version;
      if (!isOpenOnSave) diagnostics.publish(uri);
    }
    for (const p of workspace.allProjects()) {
      for (const f of p.dataFiles) {
        for (const d of f.diagnostics) {
          if (d.severity === Severity.error) result.errors++;
          else if (d.severity === Severity.warning) result.warnings++;
        }
      }
    }
    diagnostics.refresh();
    return result;
  }

  connection.onRequest(
    VALIDATE_WORKSPACE,
    guarded(log, VALIDATE_WORKSPACE, null, async (_params: unknown, token) => {
      await readyPromise;
      await reloadData(false);
      return validateWorkspace(() => token.isCancellationRequested);
    }),
  );

  connection.onDidChangeWatchedFiles(
    guardedNotification(log, 'didChangeWatchedFiles', async (params) => {
      await readyPromise;
      const dataProjects = new Set<Project>();
      for (const change of params.changes) {
        const data = workspace.isDataFile(change.uri);
        if (data) {
          dataProjects.add(data.project);
          continue;
        }
        if (!workspace.isWorkspaceRecord(change.uri, settings.files)) continue;
        if (change.type === FileChangeType.Deleted) {
          workspace.forget(change.uri);
          if (!workspace.openDoc(change.uri)) diagnostics.removed(change.uri);
        } else if (await workspace.refreshFromDisk(change.uri)) {
          if (!workspace.openDoc(change.uri)) diagnostics.publish(change.uri);
        }
      }
      if (dataProjects.size) await reloadData(true, [...dataProjects]);
      else diagnostics.refresh();
    }),
  );

  // ---- documents ----

  const openedVersion = new Map<string, number>();
  documents.onDidOpen(
    guardedNotification(log, 'didOpen', (e) => {
      const key = fileKey(e.document.uri);
      openedVersion.set(key, e.document.version);
      triggeredVersion.set(key, e.document.version);
      diagnostics.opened(e.document.uri);
    }),
  );
  documents.onDidChangeContent(
    guardedNotification(log, 'didChange', (e) => {
      const key = fileKey(e.document.uri);
      if (openedVersion.get(key) === e.document.version) return; // the open event, handled above
      openedVersion.delete(key);
      diagnostics.changed(e.document.uri);
    }),
  );
  documents.onDidSave(
    guardedNotification(log, 'didSave', (e) => {
      triggeredVersion.set(fileKey(e.document.uri), e.document.version);
      diagnostics.saved(e.document.uri);
    }),
  );
  documents.onDidClose(
    guardedNotification(log, 'didClose', async (e) => {
      const uri = e.document.uri;
      const key = fileKey(uri);
      openedVersion.delete(key);
      triggeredVersion.delete(key);
      if (workspace.isWorkspaceRecord(uri, settings.files)) await workspace.refreshFromDisk(uri);
      workspace.closed(uri);
      diagnostics.closed(uri);
    }),
  );

  // ---- requests ----

  connection.languages.diagnostics.on(guarded(log, 'textDocument/diagnostic', { kind: 'full', items: [] } as const, (params, token) => diagnostics.documentReport(params, token)));
  connection.languages.diagnostics.onWorkspace(guarded(log, 'workspace/diagnostic', { items: [] }, (params, token) => diagnostics.workspaceReport(params, token)));

  connection.onCompletion(
    guarded(log, 'completion', null, async (params) => {
      await readyPromise;
      return completion(workspace, client, params.textDocument.uri, params.position, locale());
    }),
  );
  connection.onHover(
    guarded(log, 'hover', null, async (params) => {
      await readyPromise;
      return hover(workspace, client, params.textDocument.uri, params.position, locale());
    }),
  );
  // References and rename span the workspace: they wait for its first scan.
  registerPeopleNavigation(connection, () => workspace, log, () => scannedPromise, () => !!caps?.workspace?.workspaceEdit?.changeAnnotationSupport);
  connection.onDocumentSymbol(guarded(log, 'documentSymbol', [], (params) => documentSymbols(workspace, client, params.textDocument.uri, locale())));
  connection.onFoldingRanges(guarded(log, 'foldingRange', [], (params) => foldingRanges(workspace, params.textDocument.uri)));
  connection.onWorkspaceSymbol(guarded(log, 'workspaceSymbol', [], (params, token) => workspaceSymbols(workspace, params.query, token)));
  connection.onCodeAction(
    guarded(log, 'codeAction', [], async (params) => {
      await readyPromise;
      const ref = workspace.get(params.textDocument.uri);
      if (!ref) return [];
      return codeActions({
        engine: ref.project.engine,
        record: ref.record,
        uri: ref.uri,
        version: ref.version,
        range: params.range,
        clientDiagnostics: params.context.diagnostics.filter((d) => d.source === 'briefing'),
        only: params.context.only,
        validateOptions: validateOptions(),
        snippetCommand: initOptions.snippetCommand === true,
        documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges,
        convert: (d) => diagnostics.convert([d], ref.uri)[0],
      });
    }),
  );

  connection.onShutdown(() => {
    info('Briefing Records server shutting down.');
  });

  documents.listen(connection);
  connection.listen();
}
