// `briefing validate`: validate records grouped by project (host/project.ts: the project's
// configuration, catalogs and people), apply or preview the fix policy (engine/fix.ts), and
// collect the results. A project's own files (configuration, catalogs, people registries) are
// checked as what they are, against their own schemas, and listed once.
import { relative, resolve } from 'node:path';
import { Severity, fixText, replacementEdit, unifiedDiff, type Diagnostic, type Engine, type Locale, type SeveritySetting } from '../engine';
import { applyProject, dataFileKind, isIgnored } from '../host/project';
import { readRecordFile, type RecordFile } from './read-file';
import { writeFileAtomic } from './write-file';
import { indexArchive, indexFile } from './archive';
import { ProjectCache, projectErrors } from './projects';
import type { FileResult, RunResult } from './result';

export interface ValidateRun {
  result: RunResult;
  /** I/O problems (unreadable file, failed write) and bad configuration: each makes the exit code 2. */
  ioErrors: string[];
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
  /** Every record given on the command line: the archive of records outside a `.briefing/` project. */
  archive?: string[];
  /** One object per command run: each project's archive is indexed once per run and thread. */
  run?: object;
}

export function validateFiles(engine: Engine, files: string[], opts: ValidateOptions): ValidateRun {
  const started = performance.now();
  const ioErrors: string[] = [];
  const results: FileResult[] = [];
  const show = (p: string) => relative(opts.cwd, p) || p;
  const keep = (ds: Diagnostic[]) => (opts.quiet ? ds.filter((d) => d.severity === Severity.error) : ds);
  const stdinPath = opts.stdin && resolve(opts.cwd, opts.stdin.path);
  const projects = new ProjectCache(engine, { ...opts });

  // Group by project so each group is checked against its own configuration, catalog and people.
  const groups = new Map<string, string[]>();
  for (const f of files) {
    const root = projects.rootOf(f);
    groups.set(root, [...(groups.get(root) ?? []), f]);
  }

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
    for (const [path, ds] of applyProject(engine, project, locale)) {
      if (ds.length === 0 && !group.includes(path)) continue;
      listed.add(path);
      results.push({ path: show(path), diagnostics: keep(ds) });
    }
    // Cross-record checks see the rest of the project, read only (cli/archive.ts).
    indexArchive(engine, project, (opts.archive ?? files).filter((f) => projects.rootOf(f) === root), opts.run);
    if (stdinPath && group.includes(stdinPath)) indexFile(engine, stdinPath, opts.stdin!.text);

    for (const path of group) {
      if (listed.has(path)) continue;
      const kind = dataFileKind(project, path);
      if (kind || isIgnored(project, path) || isIgnoredByCli(path, opts)) {
        // A project file not loaded (not listed by the configuration) is still checked as what it is.
        if (kind) results.push({ path: show(path), diagnostics: keep(checkOwnFile(engine, path, kind, locale, ioErrors, show)) });
        continue;
      }
      let file: RecordFile;
      try {
        file = stdinPath === path ? { path, text: opts.stdin!.text, bom: false, utf8: true } : readRecordFile(path);
      } catch (e) {
        ioErrors.push(`${show(path)}: không đọc được / cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
        continue;
      }
      const validate = (t: string) => engine.check(t, path, options);
      const diagnostics = validate(file.text);
      results.push(fixFile(file, diagnostics, validate, opts, show, ioErrors));
      if (results[results.length - 1].fixed) indexFile(engine, path);
      results[results.length - 1].diagnostics = keep(results[results.length - 1].diagnostics);
    }
  }
  return { result: { files: results, elapsedMs: performance.now() - started }, ioErrors };
}

function isIgnoredByCli(path: string, opts: ValidateOptions): boolean {
  if (!opts.ignorePatterns?.length) return false;
  return isIgnored({ root: opts.cwd, config: { rules: {}, tags: {}, ignores: opts.ignorePatterns }, configDiagnostics: [], configOrigin: {}, dataFiles: [] }, path);
}

function checkOwnFile(engine: Engine, path: string, kind: 'catalog' | 'people' | 'config', locale: Locale, ioErrors: string[], show: (p: string) => string): Diagnostic[] {
  try {
    return engine.checkDataFile(kind, readRecordFile(path).text, path, locale);
  } catch (e) {
    ioErrors.push(`${show(path)}: không đọc được / cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    return [];
  }
}

/** Applies (--fix) or previews (--fix-dry-run) the fix policy on one record. */
function fixFile(file: RecordFile, diagnostics: Diagnostic[], validate: (t: string) => Diagnostic[], opts: ValidateOptions, show: (p: string) => string, ioErrors: string[]): FileResult {
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
    ioErrors.push(`${show(file.path)}: không ghi được, tệp gốc giữ nguyên / cannot write, original kept (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    return result;
  }
}
