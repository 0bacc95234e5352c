// Which project a file is in, and what that project says: the one answer the CLI and the
// language server share. A project's root is the nearest folder above the file that holds a
// `.briefing/` folder, else the workspace folder, else the file's own folder. Its configuration
// is `<root>/.briefing/config.yaml` (the nearest one only, as with ESLint's flat config: a nested
// project does not inherit its parent's); its catalogs and people registries are the files the
// configuration lists, by default `.briefing/catalog.yaml` and `.briefing/people.yaml`.
import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  DEFAULT_CATALOGS,
  DEFAULT_PEOPLE,
  DEFAULT_RECORD_GLOBS,
  configLayer,
  emptyConfig,
  resolveSeverities,
  type DataFileKind,
  type Diagnostic,
  type Engine,
  type Locale,
  type ProjectConfig,
  type ResolvedSeverities,
  type SeverityLayer,
} from '../engine';
import { matchesAny } from './glob';
import { describeReadProblem, readFileSafe } from './read-file';

export const BRIEFING_DIR = '.briefing';
export const CONFIG_NAME = 'config.yaml';

/** A file's text, or why it could not be read (a sentence, Vietnamese / English); undefined when it does not exist. */
export type ReadResult = { text: string } | { error: string } | undefined;
export type ReadText = (path: string) => ReadResult;

/**
 * Reads a project's text file. Every project file (configuration, catalogs, people) is read
 * through here, so limits on what is read apply in one place.
 */
export function readTextFile(path: string, limit?: number, raise = RAISE_CAP): ReadResult {
  // Regular files only, within the size cap (host/read-file.ts): a FIFO or /dev/zero is reported.
  const r = readFileSafe(path, limit);
  if (r.ok) return { text: new TextDecoder().decode(r.bytes) };
  if (r.problem.kind === 'io' && (r.problem.code === 'ENOENT' || r.problem.code === 'ENOTDIR')) return undefined;
  return { error: describeReadProblem(r.problem, raise) };
}

/** How to raise the size cap, named when a project file is above it (each face can name its own). */
export const RAISE_CAP = { vi: '--max-file-size hoặc BRIEFING_MAX_FILE_SIZE', en: '--max-file-size or BRIEFING_MAX_FILE_SIZE' };
const missing = describeReadProblem({ kind: 'io', code: 'ENOENT' }, RAISE_CAP);

const rootCache = new Map<string, string | null>();

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The nearest folder at or above `dir` holding `.briefing/`, or undefined. Memoised per folder. */
function briefingRootAbove(dir: string): string | undefined {
  const visited: string[] = [];
  let found: string | null = null;
  for (let d = dir; ; d = dirname(d)) {
    const hit = rootCache.get(d);
    if (hit !== undefined) {
      found = hit;
      break;
    }
    visited.push(d);
    if (isDir(join(d, BRIEFING_DIR))) {
      found = d;
      break;
    }
    if (dirname(d) === d) break;
  }
  for (const v of visited) rootCache.set(v, found);
  return found ?? undefined;
}

/** Forgets what is known about folders (a `.briefing/` folder was created or removed). */
export function forgetProjectRoots(): void {
  rootCache.clear();
}

/** The project root of a file: nearest `.briefing/` above it, else `workspaceFolder`, else its folder. */
export function projectRootFor(file: string, workspaceFolder?: string): string {
  return briefingRootAbove(dirname(resolve(file))) ?? workspaceFolder ?? dirname(resolve(file));
}

export interface ProjectOptions {
  /** `--config FILE`: this file instead of the project's own. */
  configFile?: string;
  /** `--no-config`: no configuration file at all. */
  noConfig?: boolean;
  read?: ReadText;
}

export interface ProjectDataFile {
  path: string;
  kind: DataFileKind;
  text?: string;
  /** Why the file could not be read (it is then listed, not loaded). */
  error?: string;
}

export interface Project {
  root: string;
  /** The configuration file in use, when there is one. */
  configPath?: string;
  config: ProjectConfig;
  /** Problems of the configuration file itself (at their lines); any error means a bad config. */
  configDiagnostics: Diagnostic[];
  /** Where each rule or tag entry of the configuration is ("rules.<id>" → "file:line"). */
  configOrigin: Record<string, string>;
  /** The configuration file, catalogs and people registries of the project, each once. */
  dataFiles: ProjectDataFile[];
}

const fromRoot = (root: string, p: string) => (isAbsolute(p) ? p : join(root, p));

/** Reads a project's configuration and data files (not yet loaded into an engine). */
export function loadProject(engine: Engine, root: string, locale: Locale, opts: ProjectOptions = {}): Project {
  const read = opts.read ?? readTextFile;
  const project: Project = { root, config: emptyConfig(), configDiagnostics: [], configOrigin: {}, dataFiles: [] };
  const configPath = opts.noConfig ? undefined : opts.configFile ? resolve(opts.configFile) : join(root, BRIEFING_DIR, CONFIG_NAME);
  if (configPath) {
    const r = read(configPath);
    if (r && 'error' in r) project.dataFiles.push({ path: configPath, kind: 'config', error: r.error });
    else if (r === undefined && opts.configFile) project.dataFiles.push({ path: configPath, kind: 'config', error: missing });
    else if (r) {
      const label = relative(root, configPath).split(sep).join('/') || configPath;
      const file = engine.readConfig(r.text, configPath, locale, label);
      project.configPath = configPath;
      project.config = file.config;
      project.configDiagnostics = file.diagnostics;
      project.configOrigin = file.entryOrigin;
      project.dataFiles.push({ path: configPath, kind: 'config', text: r.text });
    }
  }
  const add = (kind: 'catalog' | 'people', paths: readonly string[], listed: boolean) => {
    for (const p of paths) {
      const path = fromRoot(root, p);
      if (project.dataFiles.some((d) => d.path === path)) continue;
      const r = read(path);
      if (r && 'text' in r) project.dataFiles.push({ path, kind, text: r.text });
      else if (r || listed) project.dataFiles.push({ path, kind, error: r ? r.error : missing });
    }
  };
  add('catalog', project.config.catalogs ?? DEFAULT_CATALOGS, !!project.config.catalogs);
  add('people', project.config.people ?? DEFAULT_PEOPLE, !!project.config.people);
  return project;
}

/**
 * Loads a project's catalogs and people into an engine; returns the problems of every data
 * file by path (the configuration's included), each file once.
 */
export function applyProject(engine: Engine, project: Project, locale: Locale): Map<string, Diagnostic[]> {
  const texts = (kind: DataFileKind) => project.dataFiles.filter((d) => d.kind === kind && d.text !== undefined).map((d) => ({ text: d.text!, uri: d.path }));
  const out = new Map<string, Diagnostic[]>();
  if (project.configPath) out.set(project.configPath, project.configDiagnostics);
  for (const [path, ds] of engine.setWorkspaceCatalogs(texts('catalog'), locale)) out.set(path, ds);
  for (const [path, ds] of engine.setPeopleRegistries(texts('people'), locale)) out.set(path, ds);
  return out;
}

/** What kind of project file a path is, or undefined for anything else (a record). */
export function dataFileKind(project: Project, path: string): DataFileKind | undefined {
  const abs = resolve(path);
  const listed = project.dataFiles.find((d) => d.path === abs);
  if (listed) return listed.kind;
  if (dirname(abs) !== join(project.root, BRIEFING_DIR)) return undefined;
  const name = abs.slice(abs.lastIndexOf(sep) + 1);
  return name === CONFIG_NAME ? 'config' : name === 'catalog.yaml' ? 'catalog' : name === 'people.yaml' ? 'people' : undefined;
}

function relativePath(project: Project, path: string): string | undefined {
  const rel = relative(project.root, resolve(path));
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
}

/** True when the configuration's `ignores` (or extra patterns, from the root) match the file. */
export function isIgnored(project: Project, path: string, extra: readonly string[] = []): boolean {
  const rel = relativePath(project, path);
  if (rel === undefined) return false;
  const globs = [...(project.config.ignores ?? []), ...extra];
  return globs.length > 0 && (matchesAny(rel, globs) || globs.some((g) => rel.startsWith(g.replace(/\/+$/, '') + '/')));
}

/** True when the file is a record of the project by its `files` globs (and not ignored). */
export function isProjectRecord(project: Project, path: string, fallbackGlobs: readonly string[] = DEFAULT_RECORD_GLOBS): boolean {
  const rel = relativePath(project, path);
  if (rel === undefined || /(^|\/)(node_modules|\.git)\//.test(rel)) return false;
  return matchesAny(rel, project.config.files ?? fallbackGlobs) && !isIgnored(project, path);
}

/**
 * Rule severities for the project's files: rule defaults, then the configuration file, then
 * `over` (the CLI's --rule, or the editor's briefing.rules setting), later layers winning.
 */
export function projectSeverities(project: Project, over: readonly SeverityLayer[] = []): ResolvedSeverities {
  const label = project.configPath ? relative(project.root, project.configPath).split(sep).join('/') || project.configPath : '';
  const layers = project.configPath ? [configLayer(project.config, label, project.configOrigin), ...over] : [...over];
  return resolveSeverities(layers);
}
