// What the server holds between requests: the documents, the client's capabilities, the
// settings, the workspace model and the diagnostics service. Created once per connection;
// `initialize` fills in what depends on the client.
import { TextDocuments, type ClientCapabilities, type Connection } from 'vscode-languageserver/node';
import { SyncedTextDocument } from './text-document';
import type { Locale, ValidateOptions } from '../engine';
import type { Project } from './projects';
import type { ClientFeatures } from './convert';
import type { DiagnosticsService } from './diagnostics';
import type { InitializationOptions } from './protocol';
import { Handlers, Readiness } from './readiness';
import { defaultSettings, effectiveLocale, type Settings } from './settings';
import type { Workspace } from './workspace';

export class ServerState {
  readonly documents = new TextDocuments(SyncedTextDocument);
  readonly gate = new Readiness();
  readonly handlers: Handlers;
  workspace!: Workspace;
  diagnostics!: DiagnosticsService;
  client!: ClientFeatures;
  caps: ClientCapabilities = {};
  initOptions: InitializationOptions = {};
  /** The raw settings passed in initializationOptions, the base under workspace/configuration. */
  initSettings: unknown;
  /** The workspace folders `initialize` named; their projects are made on `initialized`. */
  initFolders: { uri: string }[] = [];
  settings: Settings = defaultSettings();
  /** Bumped when the locale or rule severities change. */
  settingsRevision = 0;
  clientLocale: string | undefined;
  /** False in an untrusted workspace: workspace catalog and people files are not loaded. */
  trusted = true;
  /** Versions of open documents at their last open or save (trigger onSave). */
  readonly triggeredVersion = new Map<string, number>();

  constructor(readonly connection: Connection) {
    this.handlers = new Handlers(this.gate, this.log);
  }

  readonly log = (message: string): void => this.connection.console.error(message);
  readonly info = (message: string): void => this.connection.console.log(message);

  locale(): Locale {
    return effectiveLocale(this.settings, this.clientLocale);
  }

  /** A project's settings: its configuration, with the `briefing.rules` setting laid on top. */
  validateOptions(project: Project): ValidateOptions {
    return this.workspace.projects.validateOptions(project);
  }

  supportsConfiguration(): boolean {
    return !!this.caps.workspace?.configuration;
  }
}
