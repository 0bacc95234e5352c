// The server's projects: one per project root (host/project.ts decides the root, exactly as the
// CLI does), each with its own engine, configuration, catalogs and people. A project's files are
// read from the editor's buffer when open (so an unsaved configuration applies at once), else
// from disk; in an untrusted workspace none of them is read.
import { dirname } from 'node:path';
import { Severity, type Diagnostic, type Engine, type Locale, type ResolvedSeverities, type SeverityName, type ValidateOptions } from '../engine';
import { createEngine, type Assets } from '../host/assets';
import {
  applyProject,
  dataFileKind,
  forgetProjectRoots,
  loadProject,
  projectRootFor,
  projectSeverities,
  readTextFile,
  type Project as ProjectModel,
  type ReadResult,
} from '../host/project';
import { RAISE_CAP_SETTING, pathToUri, relativeTo, uriToPath } from './files';

export interface DataFile {
  uri: string;
  kind: 'catalog' | 'people' | 'config';
  diagnostics: Diagnostic[];
  /** Bumped on every load, so pull clients see new results. */
  mtimeMs: number;
}

export interface Project {
  /** The project root (a folder holding .briefing/, else the workspace folder or the file's folder). */
  root: string;
  /** The workspace folder the project is in; '' outside every folder. */
  folderUri: string;
  folderPath?: string;
  engine: Engine;
  model?: ProjectModel;
  dataFiles: DataFile[];
}

export interface DataContext {
  trusted: boolean;
  locale: Locale;
  /** The VS Code `briefing.rules` setting, laid over the configuration. */
  rules: Record<string, SeverityName | 'off'>;
  /** The text of an open document, by path. */
  openText(path: string): string | undefined;
  /** The most bytes read from one file (briefing.maxFileSize). */
  maxFileBytes?: number;
}

let loads = 0;

export class Projects {
  private readonly byRoot = new Map<string, Project>();
  private folders: { uri: string; path: string }[] = [];

  constructor(
    private readonly assets: () => Assets,
    private readonly context: () => DataContext,
    /** Called with a project's data files after it was loaded lazily (to publish them). */
    private readonly onLoaded: (files: DataFile[]) => void,
  ) {}

  setFolders(folders: { uri: string }[]): void {
    this.folders = folders
      .map((f) => ({ uri: f.uri, path: uriToPath(f.uri)! }))
      .filter((f) => f.path !== undefined)
      // Deepest folder first, so a nested workspace folder wins.
      .sort((a, b) => b.path.length - a.path.length);
    for (const f of this.folders) this.forRoot(projectRootFor(`${f.path}/_`, f.path), f, false);
  }

  workspaceFolders(): { uri: string; path: string }[] {
    return this.folders;
  }

  all(): Project[] {
    return [...this.byRoot.values()];
  }

  folderOf(path: string): { uri: string; path: string } | undefined {
    return this.folders.find((f) => relativeTo(f.path, path) !== undefined);
  }

  /** The project of a file path; created (and its data loaded) on first use. */
  forPath(path: string): Project {
    const folder = this.folderOf(path);
    return this.forRoot(projectRootFor(path, folder?.path), folder, true);
  }

  forUri(uri: string): Project | undefined {
    const path = uriToPath(uri);
    return path === undefined ? undefined : this.forPath(path);
  }

  private forRoot(root: string, folder: { uri: string; path: string } | undefined, announce: boolean): Project {
    let p = this.byRoot.get(root);
    if (!p) {
      p = { root, folderUri: folder?.uri ?? '', folderPath: folder?.path, engine: createEngine(this.assets()), dataFiles: [] };
      this.byRoot.set(root, p);
      const files = this.load(p);
      if (announce && files.length) this.onLoaded(files);
    }
    return p;
  }

  /** The project data file a URI is (configuration, catalog, people), if any. */
  dataFile(uri: string): { project: Project; kind: DataFile['kind'] } | undefined {
    const path = uriToPath(uri);
    if (path === undefined) return undefined;
    for (const p of this.byRoot.values()) {
      const kind = p.model && dataFileKind(p.model, path);
      if (kind) return { project: p, kind };
    }
    // A .briefing/ file of a project not known yet.
    if (dirname(path).endsWith('.briefing')) {
      const project = this.forRoot(dirname(dirname(path)), this.folderOf(path), true);
      const kind = project.model && dataFileKind(project.model, path);
      if (kind) return { project, kind };
    }
    return undefined;
  }

  /**
   * (Re)loads a project's configuration and data files. Returns the data files whose diagnostics
   * may have changed, those that disappeared with none.
   */
  load(project: Project): DataFile[] {
    const ctx = this.context();
    const before = project.dataFiles;
    const read = (path: string): ReadResult => {
      if (!ctx.trusted) return undefined;
      const open = ctx.openText(path);
      return open !== undefined ? { text: open } : readTextFile(path, ctx.maxFileBytes, RAISE_CAP_SETTING);
    };
    const model = loadProject(project.engine, project.root, ctx.locale, { read });
    project.model = model;
    const locale = model.config.locale ?? ctx.locale;
    const byPath = applyProject(project.engine, model, locale);
    project.dataFiles = model.dataFiles.map((d) => ({
      uri: pathToUri(d.path),
      kind: d.kind,
      diagnostics: d.error ? [unreadable(d.error)] : (byPath.get(d.path) ?? []),
      mtimeMs: ++loads,
    }));
    const now = new Set(project.dataFiles.map((d) => d.uri));
    return [...project.dataFiles, ...before.filter((d) => !now.has(d.uri)).map((d) => ({ ...d, diagnostics: [] }))];
  }

  /** Forgets every project (a .briefing/ folder appeared or went): roots are found again. */
  reset(): DataFile[] {
    const gone = this.all().flatMap((p) => p.dataFiles.map((d) => ({ ...d, diagnostics: [] })));
    this.byRoot.clear();
    forgetProjectRoots();
    this.setFolders(this.folders);
    return gone;
  }

  severities(project: Project): ResolvedSeverities {
    const rules = this.context().rules;
    return projectSeverities(
      project.model ?? { root: project.root, config: { rules: {}, tags: {} }, configDiagnostics: [], configOrigin: {}, dataFiles: [] },
      Object.keys(rules).length ? [{ origin: 'briefing.rules', rules }] : [],
    );
  }

  /** The project's locale (its configuration's, else the editor's) and severities. */
  validateOptions(project: Project): ValidateOptions {
    return { locale: project.model?.config.locale ?? this.context().locale, severities: this.severities(project).overrides };
  }
}

/** A project file that could not be read: the reason (a FIFO, a folder, above the size cap…) on the file. */
function unreadable(message: string): Diagnostic {
  const zero = { line: 0, character: 0 };
  return { range: { start: zero, end: zero }, severity: Severity.error, code: 'yaml-syntax', source: 'briefing', message };
}
