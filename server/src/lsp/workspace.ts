// What the server knows about the workspace: its projects (lsp/projects.ts, one per root, as the CLI finds
// them), the records found on disk, and one parse per version of every open document.
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createEngine, findSchemasDir, loadAssets, type Assets } from '../host/assets';
import { noteSummaryPeople, type ParsedRecord, type RecordSummary } from '../engine';
import { fileKey, findRecords, pathToUri, readDiskFile, readDiskFilesInOrder, relativeTo, uriToPath } from './files';
import { matchesAny } from '../host/glob';
import { boundHeapGrowth, SCAN_GROWTH_PERCENT } from '../host/heap';
import { isIgnored, isProjectRecord } from '../host/project';
import { closedRef, closedSummary, SCAN_KEEP_BUDGET, type ClosedText } from './closed-record';
import { Projects, type DataContext, type DataFile, type Project } from './projects';

export type { DataFile, Project } from './projects';

/**
 * A workspace file as read from disk. Its summary is what workspace features read of a closed
 * file, made on first use (while the file is open in the editor, only the editor's text is
 * parsed); its parse tree is not kept, save from a scan's summary to the first validation.
 */
interface DiskRecord extends ClosedText {
  key: string;
}

export interface RecordRef {
  uri: string;
  /** For a closed file, parsed again from its text when first read. */
  record: ParsedRecord;
  /** A closed file's summary: what workspace features read without its parse tree. */
  summary?: RecordSummary;
  project: Project;
  /** The open document's version; undefined for a file read from disk. */
  version?: number;
  /** Identifies the text validated: the document version or the file's modification time. */
  stamp: string;
}

export class Workspace {
  readonly projects: Projects;
  private looseProject?: Project;
  /** What loading a project needs from the server: trust, locale, briefing.rules. */
  dataContext: () => Omit<DataContext, 'openText'> = () => ({ trusted: true, locale: 'vi', rules: {} });
  /** Called with the data files of a project loaded on first use. */
  onDataLoaded: (files: DataFile[]) => void = () => undefined;
  /** Records found on disk by the workspace scan, by file key. */
  private readonly disk = new Map<string, DiskRecord>();
  /** The parse of each open document's current version, by file key. */
  private readonly openParses = new Map<string, ParsedRecord>();
  /** What was last noted of each file's people: an open document's parse or a closed file's summary. */
  private readonly noted = new Map<string, ParsedRecord | RecordSummary>();
  /** A mark on the parse of a text sent again under a version already seen, so its stamp differs. */
  private readonly reusedVersion = new WeakMap<ParsedRecord, string>();
  private reuses = 0;
  /** The most bytes read from one file (the briefing.maxFileSize setting). */
  fileLimit: () => number | undefined = () => undefined;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private assetsLoaded?: Assets,
  ) {
    const openText = (path: string) => this.openDoc(pathToUri(path))?.getText();
    this.projects = new Projects(
      () => this.assets,
      () => ({ ...this.dataContext(), openText }),
      (files) => this.onDataLoaded(files),
    );
  }

  /** The bundled schema and catalogs, read (and the engine loaded) on first use, not before `initialize` is answered. */
  private get assets(): Assets {
    return (this.assetsLoaded ??= loadAssets());
  }

  /** Non-file documents (untitled:): no project files. */
  private get loose(): Project {
    return (this.looseProject ??= { root: '', folderUri: '', engine: createEngine(this.assets), dataFiles: [] });
  }

  get schemasDir(): string {
    return this.assetsLoaded?.schemasDir ?? findSchemasDir();
  }

  allProjects(): Project[] {
    return [...this.projects.all(), this.loose];
  }

  setFolders(folders: { uri: string }[]): void {
    this.projects.setFolders(folders);
  }

  projectFor(uri: string): Project {
    return this.projects.forUri(uri) ?? this.loose;
  }

  /** True when the URI is a record of the workspace: the project's `files` globs, else the `briefing.files` setting. */
  isWorkspaceRecord(uri: string, globs: readonly string[]): boolean {
    const path = uriToPath(uri);
    const folder = path !== undefined ? this.projects.folderOf(path) : undefined;
    if (path === undefined || !folder) return false;
    const project = this.projects.forPath(path);
    if (project.model?.config.files) return isProjectRecord(project.model, path);
    const rel = relativeTo(folder.path, path);
    return rel !== undefined && !/(^|\/)(node_modules|\.git)\//.test(rel) && matchesAny(rel, globs) && !(project.model && isIgnored(project.model, path));
  }

  isDataFile(uri: string): { project: Project; kind: DataFile['kind'] } | undefined {
    return this.projects.dataFile(uri);
  }

  /** True for a file the project's configuration ignores: it gets no diagnostics. */
  isIgnored(uri: string): boolean {
    const path = uriToPath(uri);
    const model = path !== undefined ? this.projects.forPath(path).model : undefined;
    return !!model && isIgnored(model, path!);
  }

  /** Loads (untrusted: unloads) a project's configuration, catalogs and people; returns the data files whose diagnostics may have changed. */
  async loadData(project: Project): Promise<DataFile[]> {
    return project === this.loose ? [] : this.projects.load(project);
  }

  /**
   * Finds the records of every folder and reads the new or changed ones (a large workspace bounds
   * the heap's growth, host/heap.ts). Returns the URIs of records no longer there (to clear).
   */
  async scan(globs: readonly string[], isCancelled: () => boolean = () => false): Promise<string[]> {
    const found = new Set<string>();
    for (const folder of this.projects.workspaceFolders()) {
      const paths = await findRecords(folder.path, (path) => this.isWorkspaceRecord(pathToUri(path), globs), isCancelled);
      boundHeapGrowth(found.size + paths.length, process.execArgv, SCAN_GROWTH_PERCENT);
      for await (const [path, read] of readDiskFilesInOrder(paths, this.fileLimit())) {
        if (isCancelled()) break;
        const uri = pathToUri(path);
        found.add(fileKey(uri));
        this.takeDiskRead(uri, read);
      }
    }
    if (isCancelled()) return [];
    const gone: string[] = [];
    for (const [key, entry] of this.disk) {
      if (!found.has(key)) {
        gone.push(entry.uri);
        this.forget(entry.uri);
      }
    }
    return gone;
  }

  /** Re-reads a record file; returns false when it no longer exists. */
  async refreshFromDisk(uri: string): Promise<boolean> {
    const path = uriToPath(uri);
    return this.takeDiskRead(uri, path !== undefined ? await readDiskFile(path, this.fileLimit()) : undefined);
  }

  /** Takes what reading a record file gave; returns false when it no longer exists. */
  private takeDiskRead(uri: string, read: Awaited<ReturnType<typeof readDiskFile>>): boolean {
    const key = fileKey(uri);
    // A record that cannot be read (a FIFO, above the cap) is left out of workspace features.
    const file = read && 'problem' in read ? undefined : read;
    if (!file) {
      this.forget(uri);
      return false;
    }
    const old = this.disk.get(key);
    if (old && old.mtimeMs === file.mtimeMs && old.size === file.size) return true;
    const entry: DiskRecord = { uri: old?.uri ?? uri, key, mtimeMs: file.mtimeMs, size: file.size, text: file.text };
    this.disk.set(key, entry);
    if (!this.openDoc(uri)) {
      const project = this.projectFor(uri);
      this.noteSummary(project, this.summaryOf(project, entry));
    }
    return true;
  }

  forget(uri: string): void {
    const key = fileKey(uri);
    this.disk.delete(key);
    if (!this.openDoc(uri)) {
      this.openParses.delete(key);
      this.noted.delete(key);
      this.projectFor(uri).engine.forgetPeople(uri);
    }
  }

  /** Called when a document closes: its disk copy (if a workspace record) takes over. */
  closed(uri: string): void {
    const key = fileKey(uri);
    this.openParses.delete(key);
    const disk = this.disk.get(key);
    if (disk) {
      const project = this.projectFor(uri);
      this.noteSummary(project, this.summaryOf(project, disk));
    } else {
      this.noted.delete(key);
      this.projectFor(uri).engine.forgetPeople(uri);
    }
  }

  /**
   * The parsed record of a URI: the open document's current version (parsed once per version),
   * else the disk copy. Reading records nothing: `notePeopleOfOpenDocuments` does that.
   */
  get(uri: string): RecordRef | undefined {
    // Project files are checked as what they are (lsp/projects.ts), ignored files not at all.
    if (this.isDataFile(uri) || this.isIgnored(uri)) return undefined;
    const key = fileKey(uri);
    const project = this.projectFor(uri);
    const doc = this.openDoc(uri);
    if (doc) {
      let record = this.openParses.get(key);
      // The text is compared too: a client that reuses a version number for new text must not
      // get the old parse (a reference check first, so the usual case costs nothing).
      if (!record || record.version !== doc.version || record.uri !== doc.uri || record.text !== doc.getText()) {
        const sameVersion = record?.version === doc.version && record.uri === doc.uri;
        record = project.engine.parse(doc.getText(), doc.uri, doc.version);
        this.openParses.set(key, record);
        if (sameVersion) this.reusedVersion.set(record, `#${++this.reuses}`);
      }
      return { uri: doc.uri, record, project, version: doc.version, stamp: `v${doc.version}${this.reusedVersion.get(record) ?? ''}` };
    }
    const disk = this.disk.get(key);
    return disk ? closedRef(project, disk, this.summaryOf(project, disk)) : undefined;
  }

  private summaryOf(project: Project, entry: DiskRecord): RecordSummary {
    return closedSummary(project, entry, this.scanKeep);
  }

  /** During a scan, the parses its summaries were made from are kept for the first validation; then dropped. */
  private readonly scanKeep = { chars: 0 };
  keepScanParses(on: boolean): void {
    this.scanKeep.chars = on ? SCAN_KEEP_BUDGET : 0;
    if (!on) for (const entry of this.disk.values()) entry.fresh = undefined;
  }

  /** Every record the server knows: open documents and workspace files on disk, once each. */
  allRecords(): RecordRef[] {
    const out = new Map<string, RecordRef>();
    for (const doc of this.documents.all()) {
      const ref = this.get(doc.uri);
      if (ref) out.set(fileKey(doc.uri), ref);
    }
    for (const [key, d] of this.disk) {
      if (!out.has(key)) {
        const ref = this.get(d.uri);
        if (ref) out.set(key, ref);
      }
    }
    return [...out.values()];
  }

  /** URIs of workspace records on disk that are not open in the editor. */
  closedRecordUris(): string[] {
    return [...this.disk.values()].filter((d) => !this.openDoc(d.uri)).map((d) => d.uri);
  }

  openDocuments(): TextDocument[] {
    return this.documents.all();
  }

  /** The open document of a file, whatever the spelling of its URI. */
  openDoc(uri: string): TextDocument | undefined {
    const direct = this.documents.get(uri);
    if (direct) return direct;
    const key = fileKey(uri);
    return this.documents.all().find((d) => fileKey(d.uri) === key);
  }

  /**
   * Brings the people named in open documents up to date with their current versions (records
   * on disk are noted when read). Completion, hover and navigation offer these people; validation
   * notes the record it checks (`noteRecord`), so cross-record checks see what is validated.
   */
  notePeopleOfOpenDocuments(): void {
    for (const doc of this.documents.all()) {
      const ref = this.get(doc.uri);
      if (ref) this.note(ref.project, ref.record);
    }
  }

  noteRecord(ref: RecordRef): void {
    if (ref.summary) this.noteSummary(ref.project, ref.summary);
    else this.note(ref.project, ref.record);
  }

  private noteSummary(project: Project, summary: RecordSummary): void {
    const key = fileKey(summary.uri);
    if (this.noted.get(key) === summary) return;
    this.noted.set(key, summary);
    noteSummaryPeople(project.engine.people, summary);
  }

  private note(project: Project, record: ParsedRecord): void {
    const key = fileKey(record.uri);
    if (this.noted.get(key) === record) return;
    this.noted.set(key, record);
    project.engine.notePeople(record);
  }
}
