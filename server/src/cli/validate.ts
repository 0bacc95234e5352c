// `briefing validate`: validate records grouped by project (host/project.ts: the project's
// configuration, catalogs and people), apply or preview the fix policy (engine/fix.ts), and
// collect the results. A project's own files (configuration, catalogs, people registries) are
// checked as what they are, against their own schemas, and listed once.
import { basename, dirname, relative, resolve } from 'node:path';
import { Severity, isSafeFix, fixText, replacementEdit, unifiedDiff, type Diagnostic, type Engine, type Locale, type SeveritySetting } from '../engine';
import { applyProject, dataFileKind, isIgnored, isProjectRecord, readTextFile, type Project } from '../host/project';
import { readRecordFile, type RecordFile } from './read-file';
import { RECORD_PATTERN } from './discover';
import { writeFileAtomic } from './write-file';
import { archiveFiles, indexFile, readArchive, type ArchiveSource } from './archive';
import { ProjectCache, projectErrors } from './projects';
import type { FileResult, RunResult } from './result';
import { archiveHash, archiveSignature, contentHash, contextHash, sha1, type CacheInput } from './cache';

export interface ValidateRun {
  result: RunResult;
  /** I/O problems other than a file that cannot be read (failed write…) and bad configuration: each makes the exit code 2. */
  ioErrors: string[];
  /** Things --fix left alone on purpose (a file that is not a record); said, not an error. */
  notes: string[];
}

/**
 * --fix rewrites records only: a file named *.briefing.yaml|yml (outside .briefing/) or matched
 * by the project's `files`, or one the user named on the command line. A broad glob or a folder
 * also matches catalogs, people registries, configurations and other YAML or JSON: those are
 * validated as asked but never rewritten, and a project's own files never are.
 */
export function fixableFile(path: string, project: Project, explicit: ReadonlySet<string>): boolean {
  if (dataFileKind(project, path)) return false;
  if (explicit.has(path)) return true;
  return (RECORD_PATTERN.test(basename(path)) && basename(dirname(path)) !== '.briefing') || (!!project.config.files && isProjectRecord(project, path));
}

export interface ValidateOptions {
  locale: Locale;
  localeExplicit?: boolean;
  fix: boolean;
  /** Compute the fixes and report them (diff and edits) without writing. */
  fixDryRun?: boolean;
  quiet: boolean;
  cwd: string;
  configFile?: string;
  noConfig?: boolean;
  rules?: Record<string, SeveritySetting>;
  /** --ignore-pattern globs, relative to the working directory. */
  ignorePatterns?: string[];
  /** --stdin: the text of the one file named --stdin-filename. */
  stdin?: { path: string; text: string };
  /** --cache: findings to reuse for unchanged records in an unchanged context. */
  cache?: CacheInput;
  /** The most bytes read from one file (--max-file-size). */
  maxFileBytes?: number;
  /** Files named on the command line (not found through a folder or a glob). */
  explicit?: string[];
  /** Every record given on the command line: the archive of records outside a `.briefing/` project. */
  archive?: string[];
  /** One object per command run: each project's archive is indexed once per run and thread. */
  run?: object;
}

/**
 * `onDone(n)` is told whenever n more records are done (for the progress line). `archive` gives
 * each project's people index and the parses made for it (cli/archive.ts); by default this
 * thread reads the archive itself.
 */
export function validateFiles(
  engine: Engine,
  files: string[],
  opts: ValidateOptions,
  onDone?: (n: number) => void,
  archive: ArchiveSource = readArchive(opts.run),
): ValidateRun {
  const started = performance.now();
  const ioErrors: string[] = [];
  const notes: string[] = [];
  const results: FileResult[] = [];
  const show = (p: string) => relative(opts.cwd, p) || p;
  const keep = (ds: Diagnostic[]) => (opts.quiet ? ds.filter((d) => d.severity === Severity.error) : ds);
  const stdinPath = opts.stdin && resolve(opts.cwd, opts.stdin.path);
  const explicit = new Set(opts.explicit ?? []);
  const projects = new ProjectCache(engine, { ...opts }, (p) => readTextFile(p, opts.maxFileBytes));

  // Group by project so each group is checked against its own configuration, catalog and people.
  const groups = projects.group(files);
  // Each project's records named on the command line: its archive (cli/archive.ts) starts from them.
  let givenGroups: Map<string, string[]> | undefined;

  for (const [root, group] of groups) {
    const project = projects.get(root);
    const bad = projectErrors(project, opts.cwd);
    if (bad.length) {
      // Never a silent fallback: a project whose configuration is wrong is not validated.
      ioErrors.push(...bad);
      continue;
    }
    const locale = projects.locale(project);
    const options = projects.validateOptions(project);
    const listed = new Set<string>();
    // A catalog or people registry that cannot be read is that file's problem: records go on.
    for (const f of project.dataFiles) {
      if (f.error && f.kind !== 'config') {
        listed.add(f.path);
        results.push({ path: show(f.path), diagnostics: [], ioError: f.error });
      }
    }
    for (const [path, ds] of applyProject(engine, project, locale)) {
      if (ds.length === 0 && !group.includes(path)) continue;
      listed.add(path);
      results.push({ path: show(path), diagnostics: keep(ds) });
    }
    // --cache: what every record of this project is checked against, besides its own text.
    const context = opts.cache && !opts.fixDryRun ? contextHash(opts.cache.code, project, JSON.stringify([locale, options, opts.quiet, opts.fix])) : undefined;
    const given = () => (givenGroups ??= projects.group(opts.archive ?? files)).get(root) ?? [];
    // --cache: the archive as it is now. A record stored under this signature and context is reused
    // without being parsed; the people index is built at the first record that is not.
    const signed = context && archive.readsArchive ? archiveFiles(project, given()) : [];
    const signature = signed.length ? archiveSignature(signed, opts.cwd, opts.maxFileBytes) : undefined;
    const covered = new Set(signed);
    let indexed = false;
    const index = () => {
      if (indexed) return;
      indexed = true;
      // Cross-record checks see the rest of the project, read only (cli/archive.ts).
      archive.index(engine, project, given, new Set(group), opts.maxFileBytes);
      if (stdinPath && group.includes(stdinPath)) indexFile(engine, stdinPath, opts.stdin!.text);
    };

    for (const path of group) {
      if (listed.has(path)) continue;
      const kind = dataFileKind(project, path);
      if (kind || isIgnored(project, path) || isIgnoredByCli(path, opts)) {
        // A project file not loaded (not listed by the configuration) is still checked as what it is.
        if (kind) results.push(checkOwnFile(engine, path, kind, locale, opts.maxFileBytes, show, keep));
        continue;
      }
      const stored = signature && covered.has(path) ? opts.cache!.entries.get(show(path)) : undefined;
      if (stored && stored.archive === signature && stored.context === context && !(opts.fix && stored.diagnostics.length)) {
        results.push({ path: show(path), diagnostics: stored.diagnostics, cacheKey: { content: stored.content, context, archive: signature } });
        onDone?.(1);
        continue;
      }
      index();
      // The parse made for the people index, when kept (cli/archive.ts): each record is parsed once.
      const kept = stdinPath === path ? undefined : archive.take(path);
      let file: RecordFile;
      try {
        file = kept?.file ?? (stdinPath === path ? { path, text: opts.stdin!.text, bom: false, utf8: true } : readRecordFile(path, opts.maxFileBytes));
      } catch (e) {
        // No cacheKey: a file that could not be read is read again next time.
        results.push({ path: show(path), diagnostics: [], ioError: (e as Error).message });
        onDone?.(1);
        continue;
      }
      // A record's findings also depend on what the other records say about its people.
      // With --cache the record is parsed here (when not kept), for its archive hash and its validation alike.
      const record = kept?.record ?? (context ? engine.parse(file.text, path) : undefined);
      const content = context && record && sha1(contentHash(file), archiveHash(engine, record, opts.cwd));
      const hit = content ? opts.cache!.entries.get(show(path)) : undefined;
      // --fix reuses only clean records: any finding may have a fix to apply.
      if (hit && hit.content === content && hit.context === context && !(opts.fix && hit.diagnostics.length)) {
        results.push({ path: show(path), diagnostics: hit.diagnostics, cacheKey: { content, context, archive: signature } });
        onDone?.(1);
        continue;
      }
      const validate = (t: string) => engine.check(t, path, options);
      const diagnostics = record ? engine.validate(record, options) : validate(file.text);
      let result: FileResult;
      if ((opts.fix || opts.fixDryRun) && stdinPath !== path && !fixableFile(path, project, explicit)) {
        if (diagnostics.some((d) => d.fixes?.some(isSafeFix)))
          notes.push(`${show(path)}: không sửa vì không phải hồ sơ *.briefing.yaml / not fixed: not a *.briefing.yaml record`);
        result = { path: show(path), diagnostics };
      } else result = fixFile(file, diagnostics, validate, opts, show, ioErrors);
      if (result.fixed) indexFile(engine, path);
      result.diagnostics = keep(result.diagnostics);
      // A rewritten record is checked again next time (its new text was not hashed).
      if (context && content && !result.fixed) result.cacheKey = { content, context, archive: signature };
      results.push(result);
      onDone?.(1);
    }
  }
  return { result: { files: results, elapsedMs: performance.now() - started }, ioErrors, notes };
}

function isIgnoredByCli(path: string, opts: ValidateOptions): boolean {
  if (!opts.ignorePatterns?.length) return false;
  return isIgnored(
    { root: opts.cwd, config: { rules: {}, tags: {}, ignores: opts.ignorePatterns }, configDiagnostics: [], configOrigin: {}, dataFiles: [] },
    path,
  );
}

function checkOwnFile(
  engine: Engine,
  path: string,
  kind: 'catalog' | 'people' | 'config',
  locale: Locale,
  limit: number | undefined,
  show: (p: string) => string,
  keep: (ds: Diagnostic[]) => Diagnostic[],
): FileResult {
  try {
    return { path: show(path), diagnostics: keep(engine.checkDataFile(kind, readRecordFile(path, limit).text, path, locale)) };
  } catch (e) {
    return { path: show(path), diagnostics: [], ioError: (e as Error).message };
  }
}

/** Applies (--fix) or previews (--fix-dry-run) the fix policy on one record. */
function fixFile(
  file: RecordFile,
  diagnostics: Diagnostic[],
  validate: (t: string) => Diagnostic[],
  opts: ValidateOptions,
  show: (p: string) => string,
  ioErrors: string[],
): FileResult {
  const result: FileResult = { path: show(file.path), diagnostics };
  if (!opts.fix && !opts.fixDryRun) return result;
  const out = fixText(file.text, validate, { utf8: file.utf8, diagnostics });
  if (out.status === 'refused') {
    // --fix says so even when no fix was found: the content rules, which offer the fixes, did not run.
    ioErrors.push(
      out.reason === 'not-yaml'
        ? `${show(file.path)}: không sửa vì tệp không đọc được như YAML UTF-8 hợp lệ / not fixed: the file is not valid UTF-8 YAML`
        : `${show(file.path)}: không sửa vì bản sửa sẽ làm hỏng YAML / not fixed: the fixes would break the YAML`,
    );
    return result;
  }
  if (out.status !== 'fixed') return result;
  if (opts.fixDryRun) {
    result.output = out.text;
    result.edits = replacementEdit(file.text, out.text);
    result.diff = unifiedDiff(file.text, out.text, `a/${result.path}`, `b/${result.path}`);
    return result;
  }
  try {
    writeFileAtomic(file.path, (file.bom ? '\uFEFF' : '') + out.text);
    return { ...result, diagnostics: [...out.diagnostics], fixed: out.applied };
  } catch (e) {
    ioErrors.push(
      `${show(file.path)}: không ghi được, tệp gốc giữ nguyên / cannot write, original kept (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
    return result;
  }
}
