// What the server knows about the workspace: one project per workspace folder (each with its own
// engine, so a folder's .briefing/catalog.yaml and people.yaml apply to its records only), the
// records found on disk, and one parse per version of every open document.
import { join } from 'node:path';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createEngine, loadAssets, type Assets } from '../host/assets';
import type { Diagnostic, Engine, Locale, ParsedRecord } from '../engine';
import { fileKey, findRecords, pathToUri, readDiskFile, relativeTo, uriToPath } from './files';
import { matchesAny } from '../host/glob';

export interface DataFile {
  uri: string;
  kind: 'catalog' | 'people';
  diagnostics: Diagnostic[];
  mtimeMs: number;
}

export interface Project {
  /** Workspace folder URI; '' for files outside every folder. */
  folderUri: string;
  folderPath?: string;
  engine: Engine;
  dataFiles: DataFile[];
}

interface DiskRecord {
  uri: string;
  key: string;
  mtimeMs: number;
  size: number;
  text: string;
  /** Parsed on first use: while the file is open in the editor, only the editor's text is parsed. */
  record?: ParsedRecord;
}

export interface RecordRef {
  uri: string;
  record: ParsedRecord;
  project: Project;
  /** The open document's version; undefined for a file read from disk. */
  version?: number;
  /** Identifies the text validated: the document version or the file's modification time. */
  stamp: string;
}

export const DATA_FILES = [
  { kind: 'catalog', name: 'catalog.yaml' },
  { kind: 'people', name: 'people.yaml' },
] as const;

export class Workspace {
  private readonly assets: Assets;
  private projects: Project[] = [];
  private readonly loose: Project;
  /** Records found on disk by the workspace scan, by file key. */
  private readonly disk = new Map<string, DiskRecord>();
  /** The parse of each open document's current version, by file key. */
  private readonly openParses = new Map<string, ParsedRecord>();
  private readonly noted = new Map<string, ParsedRecord>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    assets?: Assets,
  ) {
    this.assets = assets ?? loadAssets();
    this.loose = { folderUri: '', engine: createEngine(this.assets), dataFiles: [] };
  }

  get schemasDir(): string {
    return this.assets.schemasDir;
  }

  allProjects(): Project[] {
    return [...this.projects, this.loose];
  }

  setFolders(folders: { uri: string }[]): void {
    const kept = new Map(this.projects.map((p) => [p.folderUri, p]));
    this.projects = folders
      .map((f) => kept.get(f.uri) ?? { folderUri: f.uri, folderPath: uriToPath(f.uri), engine: createEngine(this.assets), dataFiles: [] })
      .filter((p) => p.folderPath !== undefined)
      // Deepest folder first, so a nested workspace folder wins.
      .sort((a, b) => b.folderPath!.length - a.folderPath!.length);
  }

  projectFor(uri: string): Project {
    const path = uriToPath(uri);
    if (path !== undefined) {
      for (const p of this.projects) if (relativeTo(p.folderPath!, path) !== undefined) return p;
    }
    return this.loose;
  }

  /** True when the URI is a record of the workspace by the `briefing.files` globs. */
  isWorkspaceRecord(uri: string, globs: readonly string[]): boolean {
    const path = uriToPath(uri);
    const project = this.projectFor(uri);
    if (path === undefined || !project.folderPath) return false;
    const rel = relativeTo(project.folderPath, path);
    return rel !== undefined && !/(^|\/)(node_modules|\.git)\//.test(rel) && matchesAny(rel, globs);
  }

  isDataFile(uri: string): { project: Project; kind: 'catalog' | 'people' } | undefined {
    const path = uriToPath(uri);
    if (path === undefined) return undefined;
    for (const p of this.projects) {
      for (const d of DATA_FILES) if (fileKey(pathToUri(join(p.folderPath!, '.briefing', d.name))) === fileKey(uri)) return { project: p, kind: d.kind };
    }
    return undefined;
  }

  /**
   * Loads (or, when `trusted` is false, unloads) a project's workspace catalog and people
   * registry. Returns the data files whose diagnostics may have changed.
   */
  async loadData(project: Project, trusted: boolean, locale: Locale): Promise<DataFile[]> {
    const before = project.dataFiles;
    project.dataFiles = [];
    if (project.folderPath) {
      for (const d of DATA_FILES) {
        const path = join(project.folderPath, '.briefing', d.name);
        const uri = pathToUri(path);
        const file = trusted ? await readDiskFile(path) : undefined;
        const diagnostics = d.kind === 'catalog' ? project.engine.setWorkspaceCatalog(file?.text, uri, locale) : project.engine.setPeopleRegistry(file?.text, uri, locale);
        if (file) project.dataFiles.push({ uri, kind: d.kind, diagnostics, mtimeMs: file.mtimeMs });
      }
    }
    const now = new Set(project.dataFiles.map((d) => d.uri));
    // Files that disappeared are returned with no diagnostics, so their old ones get cleared.
    return [...project.dataFiles, ...before.filter((d) => !now.has(d.uri)).map((d) => ({ ...d, diagnostics: [] }))];
  }

  /**
   * Finds the records of every folder and reads the new or changed ones. Returns the URIs of
   * records that are no longer there (their diagnostics must be cleared).
   */
  async scan(globs: readonly string[], isCancelled: () => boolean = () => false): Promise<string[]> {
    const found = new Set<string>();
    for (const project of this.projects) {
      const paths = await findRecords(project.folderPath!, globs, isCancelled);
      for (const path of paths) {
        if (isCancelled()) break;
        const uri = pathToUri(path);
        found.add(fileKey(uri));
        await this.refreshFromDisk(uri);
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
    const key = fileKey(uri);
    const file = path !== undefined ? await readDiskFile(path) : undefined;
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
      this.note(project, this.diskParse(project, entry));
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
      this.note(project, this.diskParse(project, disk));
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
    const key = fileKey(uri);
    const project = this.projectFor(uri);
    const doc = this.openDoc(uri);
    if (doc) {
      let record = this.openParses.get(key);
      if (!record || record.version !== doc.version || record.uri !== doc.uri) {
        record = project.engine.parse(doc.getText(), doc.uri, doc.version);
        this.openParses.set(key, record);
      }
      return { uri: doc.uri, record, project, version: doc.version, stamp: `v${doc.version}` };
    }
    const disk = this.disk.get(key);
    return disk ? { uri: disk.uri, record: this.diskParse(project, disk), project, stamp: `m${disk.mtimeMs}:${disk.size}` } : undefined;
  }

  private diskParse(project: Project, entry: DiskRecord): ParsedRecord {
    entry.record ??= project.engine.parse(entry.text, entry.uri, 0);
    return entry.record;
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
    this.note(ref.project, ref.record);
  }

  private note(project: Project, record: ParsedRecord): void {
    const key = fileKey(record.uri);
    if (this.noted.get(key) === record) return;
    this.noted.set(key, record);
    project.engine.notePeople(record);
  }
}
