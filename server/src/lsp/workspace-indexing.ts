// File watching and workspace indexing: which files the client watches for the server, the
// workspace folders, the project files (.briefing/config.yaml, catalog.yaml, people.yaml) and the
// records found on disk. Re-validates what a change affects.
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  type DidChangeWatchedFilesParams,
  type Disposable,
  type FileSystemWatcher,
} from 'vscode-languageserver/node';
import { Severity, type Diagnostic } from '../engine';
import { yieldToEventLoop } from './diagnostics';
import { fileKey } from './files';
import type { ValidateWorkspaceResult } from './protocol';
import type { ServerState } from './server-state';
import type { Project } from './workspace';

const DATA_GLOB = '**/.briefing/*.yaml';

function count(result: ValidateWorkspaceResult, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    if (d.severity === Severity.error) result.errors++;
    else if (d.severity === Severity.warning) result.warnings++;
  }
}

export class WorkspaceIndexing {
  private watcherRegistration: Promise<Disposable> | undefined;

  constructor(private readonly state: ServerState) {}

  // A plain glob is matched against absolute paths by most clients, so the records globs become
  // relative patterns per folder when the client supports them, and are prefixed with "**/"
  // otherwise (the server filters the events).
  registerWatchers(): void {
    const { state } = this;
    const watched = state.caps.workspace?.didChangeWatchedFiles;
    if (!watched?.dynamicRegistration) return;
    const folders = state.workspace.projects.workspaceFolders();
    const files = state.settings.files;
    const records: FileSystemWatcher[] = watched.relativePatternSupport
      ? folders.flatMap((f) => files.map((g) => ({ globPattern: { baseUri: f.uri, pattern: g } })))
      : files.map((g) => ({ globPattern: g.startsWith('**/') ? g : `**/${g}` }));
    const previous = this.watcherRegistration;
    this.watcherRegistration = state.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: DATA_GLOB }, ...records] });
    void previous?.then((d) => d.dispose()).catch(() => undefined);
  }

  /** Loads the data files of some projects (all by default) and publishes their problems. */
  async reloadData(revalidate: boolean, projects: Project[] = this.state.workspace.allProjects()): Promise<void> {
    const { state } = this;
    for (const p of projects) {
      const files = await state.workspace.loadData(p);
      state.diagnostics.publishData(files);
      this.logProject(p, files);
    }
    if (revalidate) await this.revalidateAll(projects);
  }

  /** Says in the Output channel which configuration a project uses and where severities come from. */
  private logProject(project: Project, files: { uri: string; kind: string }[]): void {
    const config = files.find((f) => f.kind === 'config');
    if (!config) return;
    const set = Object.entries(this.state.workspace.projects.severities(project).byRule).filter(([, r]) => r.origin !== 'default');
    this.state.info(`Project ${project.root}: ${config.uri}${set.length ? '; ' + set.map(([id, r]) => `${id}=${r.severity} (${r.origin})`).join(', ') : ''}`);
  }

  async reloadFolders(): Promise<void> {
    const folders = (await this.state.connection.workspace.getWorkspaceFolders()) ?? [];
    this.state.workspace.setFolders(folders);
    this.registerWatchers();
    await this.reloadData(false);
    await this.validateWorkspace(() => false);
  }

  /** Re-validates every known record (of some projects), following the trigger for open ones. */
  async revalidateAll(projects?: Project[]): Promise<void> {
    const { state } = this;
    const uris = state.workspace
      .allRecords()
      .filter((r) => !projects || projects.includes(r.project))
      .filter((r) => {
        if (r.version === undefined || state.settings.validate.trigger === 'onType') return true;
        return state.triggeredVersion.get(fileKey(r.uri)) === r.version;
      })
      .map((r) => r.uri);
    await state.diagnostics.revalidate(uris);
  }

  /** Finds the records, validates them all and publishes; counts what it found. */
  async validateWorkspace(isCancelled: () => boolean): Promise<ValidateWorkspaceResult> {
    // Each file is parsed once in a scan: the parse its summary came from serves its validation.
    this.state.workspace.keepScanParses(true);
    try {
      return await this.scanAndValidate(isCancelled);
    } finally {
      this.state.workspace.keepScanParses(false);
    }
  }

  private async scanAndValidate(isCancelled: () => boolean): Promise<ValidateWorkspaceResult> {
    const { workspace, diagnostics, settings, triggeredVersion } = this.state;
    for (const uri of await workspace.scan(settings.files, isCancelled)) {
      if (!workspace.openDoc(uri)) diagnostics.removed(uri);
    }
    const result: ValidateWorkspaceResult = { files: 0, errors: 0, warnings: 0 };
    for (const uri of workspace.allRecords().map((r) => r.uri)) {
      if (isCancelled()) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Cancelled.');
      await yieldToEventLoop();
      const ref = workspace.get(uri);
      if (!ref) continue;
      result.files++;
      count(result, ref.summary ? diagnostics.validated(ref).diagnostics : ref.project.engine.validate(ref.record, this.state.validateOptions(ref.project)));
      const trigger = this.state.settings.validate.trigger;
      const isOpenOnSave = ref.version !== undefined && trigger === 'onSave' && triggeredVersion.get(fileKey(uri)) !== ref.version;
      if (!isOpenOnSave) diagnostics.publish(uri);
    }
    for (const p of workspace.allProjects()) for (const f of p.dataFiles) count(result, f.diagnostics);
    diagnostics.refresh();
    return result;
  }

  /** workspace/didChangeWatchedFiles: records re-read or forgotten, data files reloaded. */
  async filesChanged(params: DidChangeWatchedFilesParams): Promise<void> {
    const { workspace, diagnostics } = this.state;
    const dataProjects = new Set<Project>();
    let roots = false;
    for (const change of params.changes) {
      if (change.uri.includes('/.briefing/') && change.type !== FileChangeType.Changed) roots = true;
      const data = workspace.isDataFile(change.uri);
      if (data) {
        dataProjects.add(data.project);
        continue;
      }
      if (!workspace.isWorkspaceRecord(change.uri, this.state.settings.files)) continue;
      if (change.type === FileChangeType.Deleted) {
        workspace.forget(change.uri);
        if (!workspace.openDoc(change.uri)) diagnostics.removed(change.uri);
      } else if (await workspace.refreshFromDisk(change.uri)) {
        if (!workspace.openDoc(change.uri)) diagnostics.publish(change.uri);
      }
    }
    if (roots) {
      // A project appeared or went: every file's project is found again.
      diagnostics.publishData(workspace.projects.reset());
      await this.reloadData(true);
    } else if (dataProjects.size) await this.reloadData(true, [...dataProjects]);
    else diagnostics.refresh();
  }

  register(): void {
    const { connection, handlers } = this.state;
    connection.onDidChangeWatchedFiles(handlers.notification('didChangeWatchedFiles', (params: DidChangeWatchedFilesParams) => this.filesChanged(params)));
  }
}
