// The server's lifecycle: `initialize` reads the client's capabilities and options and answers
// with the server's; `initialized` loads settings and workspace data (then the gate opens:
// stage 'ready'), and scans the workspace (stage 'scanned').
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CodeActionKind, TextDocumentSyncKind, type ClientCapabilities, type InitializeParams, type InitializeResult } from 'vscode-languageserver/node';
import { FIX_ALL_KIND } from './code-actions';
import type { ClientFeatures } from './convert';
import { DiagnosticsService, type DiagnosticsMode } from './diagnostics';
import { pathToUri } from './files';
import type { InitializationOptions } from './protocol';
import type { ServerState } from './server-state';
import { readSettings } from './settings';
import type { SettingsSync } from './settings-sync';
import { Workspace } from './workspace';
import type { WorkspaceIndexing } from './workspace-indexing';

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

function diagnosticsMode(options: InitializationOptions, caps: ClientCapabilities): DiagnosticsMode {
  if (options.diagnosticMode === 'push' || options.diagnosticMode === 'pull') return options.diagnosticMode;
  return caps.textDocument?.diagnostic ? 'pull' : 'push';
}

function serverCapabilities(caps: ClientCapabilities, mode: DiagnosticsMode): InitializeResult['capabilities'] {
  const literalActions = !!caps.textDocument?.codeAction?.codeActionLiteralSupport;
  // "Fix all" is computed only when chosen, for clients that resolve code actions.
  const resolveEdits = !!caps.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit');
  const capabilities: InitializeResult['capabilities'] = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    completionProvider: { triggerCharacters: [':', ' ', '-'], resolveProvider: false },
    hoverProvider: true,
    codeActionProvider: literalActions
      ? { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], ...(resolveEdits ? { resolveProvider: true } : {}) }
      : true,
    documentSymbolProvider: true,
    foldingRangeProvider: true,
    workspaceSymbolProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
  if (mode === 'pull') {
    // Records depend on the workspace catalog and people files, which this server watches
    // itself and announces with a refresh, and on what other records say about their people.
    capabilities.diagnosticProvider = { identifier: 'briefing', interFileDependencies: true, workspaceDiagnostics: true };
  }
  return capabilities;
}

export function initialize(state: ServerState, params: InitializeParams): InitializeResult {
  state.gate.initializeReceived = true;
  const caps = (state.caps = params.capabilities);
  state.clientLocale = params.locale;
  const options = (state.initOptions = (params.initializationOptions ?? {}) as InitializationOptions);
  state.trusted = options.isTrusted !== false;
  state.initSettings = options.settings ?? options;
  state.settings = readSettings(state.initSettings);
  const mode = diagnosticsMode(options, caps);
  state.client = clientFeatures(caps, mode === 'pull');
  const workspace = (state.workspace = new Workspace(state.documents));
  workspace.fileLimit = () => state.settings.maxFileBytes;
  workspace.dataContext = () => ({ trusted: state.trusted, locale: state.locale(), rules: state.settings.rules, maxFileBytes: state.settings.maxFileBytes });
  workspace.onDataLoaded = (files) => state.diagnostics.publishData(files);
  // Projects (their configuration, catalogs and the engine that checks against them) are made
  // on `initialized`: the answer to `initialize` does not wait for them.
  state.initFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
  state.diagnostics = new DiagnosticsService(
    {
      connection: state.connection,
      workspace,
      client: state.client,
      settings: () => state.settings,
      validateOptions: (project) => state.validateOptions(project),
      settingsRevision: () => state.settingsRevision,
      ready: () => state.gate.ready,
      docsUri: findRulesDoc(workspace.schemasDir),
      versionSupport: !!caps.textDocument?.publishDiagnostics?.versionSupport,
      refreshSupport: !!caps.workspace?.diagnostics?.refreshSupport,
      log: state.log,
    },
    mode,
  );
  return { capabilities: serverCapabilities(caps, mode), serverInfo: { name: 'briefing-records' } };
}

/** Makes the projects, loads settings and data (stage 'ready', even when loading failed), then scans ('scanned'). */
export async function initialized(state: ServerState, settings: SettingsSync, indexing: WorkspaceIndexing): Promise<void> {
  try {
    try {
      state.workspace.setFolders(state.initFolders);
      settings.registerForChanges();
      if (state.caps.workspace?.workspaceFolders) {
        state.connection.workspace.onDidChangeWorkspaceFolders(state.handlers.notification('workspaceFolders', () => indexing.reloadFolders()));
      }
      await settings.pull();
      indexing.registerWatchers();
      await indexing.reloadData(false);
    } finally {
      state.gate.reached('ready');
    }
    const folders = state.workspace.projects.workspaceFolders().length;
    state.info(`Briefing Records server ready: ${folders} workspace folder(s), ${state.diagnostics.mode} diagnostics, locale ${state.locale()}.`);
    await indexing.validateWorkspace(() => false);
  } finally {
    state.gate.reached('scanned');
  }
}
