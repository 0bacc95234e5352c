// Diagnostics, pushed (textDocument/publishDiagnostics) or pulled (textDocument/diagnostic and
// workspace/diagnostic), never both: the mode is chosen once from the client's capabilities.
// Pushes for open documents follow an adaptive debounce (adaptive-debounce.ts); bulk work (workspace validation) yields
// to the event loop between files so typing is never blocked for long.
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { summaryArchiveRevision, type Diagnostic, type ValidateOptions } from '../engine';
import type { ClientFeatures } from './convert';
import { toLspDiagnostic } from './convert';
import { fileKey } from './files';
import type { Settings } from './settings';
import type { DataFile, Project, RecordRef, Workspace } from './workspace';
import { AdaptiveDebounce } from './adaptive-debounce';

export type DiagnosticsMode = 'push' | 'pull';

export interface DiagnosticsHost {
  connection: Connection;
  workspace: Workspace;
  client: ClientFeatures;
  settings(): Settings;
  validateOptions(project: Project): ValidateOptions;
  /** Bumped when the locale or rule severities change. */
  settingsRevision(): number;
  /** Resolves once settings and workspace data are loaded (document events wait for it). */
  ready(): Promise<void>;
  docsUri?: string;
  versionSupport: boolean;
  refreshSupport: boolean;
  log(message: string): void;
}

interface Report {
  resultId: string;
  items: LspDiagnostic[];
}

interface Validated extends Report {
  diagnostics: Diagnostic[];
}

export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class DiagnosticsService {
  private readonly lastChange = new Map<string, number>();
  /** Pull mode with trigger onSave: the report computed at open or at the last save. */
  private readonly pinned = new Map<string, Report>();
  /** Push mode: URIs that were sent a non-empty list and must be cleared when they go away. */
  private readonly pushed = new Set<string>();
  /** Push mode: the result last sent per URI, so unchanged results are not sent again. */
  private readonly lastSent = new Map<string, string>();
  /** Pull mode: closed files that disappeared since the last workspace report. */
  private readonly gone = new Set<string>();
  /** The last result of each closed file (see `validated`). */
  private readonly closedResults = new Map<string, Validated>();

  constructor(
    private readonly host: DiagnosticsHost,
    readonly mode: DiagnosticsMode,
    private readonly debounce = new AdaptiveDebounce(),
  ) {}

  /** Changes with the text, workspace data, settings, and what other records say about its people. */
  private resultIdOf(ref: RecordRef): string {
    const { engine } = ref.project;
    const archive = ref.summary ? summaryArchiveRevision(engine.people, ref.summary) : engine.archiveRevision(ref.record);
    return `${ref.stamp}|g${engine.generation}|s${this.host.settingsRevision()}|a${archive}`;
  }

  compute(ref: RecordRef): Report {
    const { resultId, items } = this.validated(ref);
    return { resultId, items };
  }

  /** A closed file is validated once per result: its parse is made again only when that changes. */
  validated(ref: RecordRef): Validated {
    this.host.workspace.noteRecord(ref);
    const key = fileKey(ref.uri);
    const resultId = this.resultIdOf(ref);
    const hit = ref.summary && this.closedResults.get(key);
    if (hit && hit.resultId === resultId) return hit;
    const diagnostics = ref.project.engine.validate(ref.record, this.host.validateOptions(ref.project));
    const out = { resultId, diagnostics, items: this.convert(diagnostics, ref.uri) };
    if (ref.summary) this.closedResults.set(key, out);
    else this.closedResults.delete(key);
    return out;
  }

  /**
   * After an edit, other open records naming the same people may see other cross-record
   * findings: only those whose archive revision moved are validated again.
   */
  private publishDependents(uri: string): void {
    const key = fileKey(uri);
    for (const doc of this.host.workspace.openDocuments()) {
      if (fileKey(doc.uri) === key) continue;
      const ref = this.host.workspace.get(doc.uri);
      if (ref && this.lastSent.has(ref.uri) && this.lastSent.get(ref.uri) !== this.resultIdOf(ref)) this.publish(doc.uri);
    }
  }

  convert(diagnostics: readonly Diagnostic[], uri: string): LspDiagnostic[] {
    return diagnostics.map((d) => toLspDiagnostic(d, uri, this.host.client, this.host.docsUri));
  }

  // ---- document events ----

  opened(uri: string): void {
    void this.host.ready().then(() => {
      if (this.mode === 'push') this.publish(uri);
      else this.pin(uri);
    });
  }

  changed(uri: string): void {
    const key = fileKey(uri);
    this.lastChange.set(key, Date.now());
    if (this.mode === 'pull' || this.host.settings().validate.trigger === 'onSave') return;
    const publish = () => {
      this.publish(uri);
      this.publishDependents(uri);
    };
    this.debounce.schedule(key, this.host.settings().validate.debounceMs, () => void this.host.ready().then(publish));
  }

  saved(uri: string): void {
    this.debounce.cancel(fileKey(uri));
    void this.host.ready().then(() => {
      if (this.mode === 'push') this.publish(uri);
      else {
        this.pin(uri);
        this.refresh();
      }
    });
  }

  closed(uri: string): void {
    const key = fileKey(uri);
    this.debounce.forget(key);
    this.pinned.delete(key);
    this.lastChange.delete(key);
    if (this.mode === 'push') this.publish(uri);
    // Pull: the client drops document results on close; the workspace report covers the file.
  }

  /** A file disappeared from disk or from the workspace. */
  removed(uri: string): void {
    this.closedResults.delete(fileKey(uri));
    if (this.mode === 'push') {
      this.lastSent.delete(uri);
      this.send(uri, [], undefined);
    } else this.gone.add(uri);
  }

  private pin(uri: string): void {
    const ref = this.host.workspace.get(uri);
    if (ref) this.pinned.set(fileKey(uri), this.compute(ref));
  }

  // ---- push ----

  /** Computes and pushes the diagnostics of one URI's current text (or clears them). */
  publish(uri: string): void {
    if (this.mode !== 'push') return;
    const data = this.dataDiagnostics(uri);
    if (data) {
      this.send(uri, data, undefined);
      return;
    }
    const started = performance.now();
    const ref = this.host.workspace.get(uri);
    if (!ref) {
      this.lastSent.delete(uri);
      this.send(uri, [], undefined);
      return;
    }
    const report = this.compute(ref);
    // An open document remembers what parsing and validating it cost: that decides its debounce.
    if (ref.version !== undefined) this.debounce.recordCost(fileKey(uri), performance.now() - started);
    if (this.lastSent.get(ref.uri) === report.resultId) return;
    this.lastSent.set(ref.uri, report.resultId);
    this.send(ref.uri, report.items, ref.version);
  }

  /** The diagnostics of a project file (configuration, catalog, people), if the URI is one. */
  private dataDiagnostics(uri: string): LspDiagnostic[] | undefined {
    const data = this.host.workspace.isDataFile(uri);
    if (!data) return undefined;
    const file = data.project.dataFiles.find((f) => fileKey(f.uri) === fileKey(uri));
    return this.convert(file?.diagnostics ?? [], uri);
  }

  publishData(files: DataFile[]): void {
    if (this.mode !== 'push') return;
    for (const f of files) this.send(f.uri, this.convert(f.diagnostics, f.uri), undefined);
  }

  private send(uri: string, diagnostics: LspDiagnostic[], version: number | undefined): void {
    if (diagnostics.length === 0 && !this.pushed.has(uri) && version === undefined) return;
    if (diagnostics.length) this.pushed.add(uri);
    else this.pushed.delete(uri);
    void this.host.connection.sendDiagnostics(this.host.versionSupport && version !== undefined ? { uri, version, diagnostics } : { uri, diagnostics });
  }

  /**
   * Re-validates many records, one per turn of the event loop. Open documents follow the
   * trigger setting: with onSave they keep what was computed at open or save.
   */
  async revalidate(uris: string[], isCancelled: () => boolean = () => false): Promise<void> {
    if (this.mode === 'pull') {
      // Documents left out (edited since their last save, with trigger onSave) keep their pin.
      for (const uri of uris) {
        if (isCancelled()) return;
        if (this.host.workspace.openDoc(uri)) this.pin(uri);
      }
      this.refresh();
      return;
    }
    for (const uri of uris) {
      if (isCancelled()) return;
      await yieldToEventLoop();
      if (isCancelled()) return;
      this.publish(uri);
    }
  }

  /** Asks a pull client to pull again (settings or workspace data changed). */
  refresh(): void {
    if (this.mode === 'pull' && this.host.refreshSupport) void this.host.connection.languages.diagnostics.refresh();
  }

  // ---- pull (the requests are held until the server is ready: request-handlers.ts) ----

  async documentReport(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const uri = params.textDocument.uri;
    const key = fileKey(uri);
    const settings = this.host.settings();
    let report: Report | undefined;
    if (settings.validate.trigger === 'onSave') report = this.pinned.get(key);
    if (!report) {
      const since = Date.now() - (this.lastChange.get(key) ?? 0);
      const wait = settings.validate.debounceMs - since;
      // As for pushes: a document cheap to validate is answered at once.
      if (settings.validate.trigger === 'onType' && wait > 0 && this.debounce.scheduleFor(key, wait) === 'debounced') {
        await new Promise((resolve) => setTimeout(resolve, wait));
        if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed.', { retriggerRequest: true });
      }
      const started = performance.now();
      const ref = this.host.workspace.get(uri);
      const data = ref ? undefined : this.dataDiagnostics(uri);
      report = ref ? this.compute(ref) : data ? { resultId: `data|${Date.now()}`, items: data } : { resultId: 'none', items: [] };
      if (ref?.version !== undefined) this.debounce.recordCost(key, performance.now() - started);
    }
    if (params.previousResultId === report.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: report.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: report.resultId, items: report.items };
  }

  async workspaceReport(params: WorkspaceDiagnosticParams, token: CancellationToken): Promise<WorkspaceDiagnosticReport> {
    const previous = new Map(params.previousResultIds.map((p) => [fileKey(p.uri), p.value]));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    for (const uri of this.host.workspace.closedRecordUris()) {
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'Cancelled.', { retriggerRequest: true });
      const ref = this.host.workspace.get(uri);
      if (!ref) continue;
      const report = this.compute(ref);
      const prev = previous.get(fileKey(uri));
      items.push(
        prev === report.resultId
          ? { kind: DocumentDiagnosticReportKind.Unchanged, uri: ref.uri, resultId: report.resultId, version: null }
          : { kind: DocumentDiagnosticReportKind.Full, uri: ref.uri, resultId: report.resultId, version: null, items: report.items },
      );
    }
    for (const project of this.host.workspace.allProjects()) {
      for (const f of project.dataFiles) {
        const resultId = `data|m${f.mtimeMs}|g${project.engine.generation}|s${this.host.settingsRevision()}`;
        const prev = previous.get(fileKey(f.uri));
        items.push(
          prev === resultId
            ? { kind: DocumentDiagnosticReportKind.Unchanged, uri: f.uri, resultId, version: null }
            : { kind: DocumentDiagnosticReportKind.Full, uri: f.uri, resultId, version: null, items: this.convert(f.diagnostics, f.uri) },
        );
      }
    }
    for (const uri of this.gone) items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
    this.gone.clear();
    return { items };
  }
}
