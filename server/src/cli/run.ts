// The CLI as a function (argv in, exit code out) so tests can run it in-process.
import { readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseOptions, HELP } from './args';
import { discover, RECORD_PATTERN, UsageError, type FolderProblem } from './discover';
import { ProjectCache } from './projects';
import { isProjectRecord, readTextFile } from '../host/project';
import { validateFiles, type ValidateOptions } from './validate';
import { printConfig } from './print-config';
import { peopleCommand } from './people';
import { jobsFor, validateFilesParallel } from './parallel';
import { boundHeapGrowth } from '../host/heap';
import { forgetArchive } from './archive';
import { FORMATTERS, makeColors } from './formatters';
import { version } from '../../../package.json';
import { formatRules } from './formatters/rules';
import { count } from './result';
import { createEngine } from '../host/assets';
import { COMMANDS } from './commands';
import { writeBatched, writeReportFile } from './report-sink';
import { findSchemasDir } from '../host/assets';
import { shardFiles } from './shard';
import { createProgress } from './progress';
import { cacheFilePath, codeHash, readCache, updatedCache, writeCache } from './cache';
import type { Engine } from '../engine';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
  /** stderr is a terminal: a long run shows its progress line there. */
  stderrIsTTY?: boolean;
  /** Standard input, for --stdin. */
  readStdin?: () => string;
}

export const VERSION: string = version;

let sharedEngine: Engine | undefined;

export function run(argv: string[], io: Io): number {
  if (Object.hasOwn(COMMANDS, argv[0] ?? '')) return COMMANDS[argv[0]](argv.slice(1), io);
  let opts;
  try {
    opts = parseOptions(argv, io.env);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`briefing: ${e.message}\n\n${HELP}`);
      return 2;
    }
    throw e;
  }
  if (opts.command === 'help') {
    io.stdout(HELP);
    return 0;
  }
  if (opts.command === 'version') {
    io.stdout(VERSION + '\n');
    return 0;
  }
  if (opts.command === 'rules') {
    io.stdout(formatRules(opts.format === 'json' ? 'json' : 'table', opts.locale));
    return 0;
  }

  sharedEngine ??= createEngine();
  if (opts.printConfig !== undefined) return printConfig(sharedEngine, opts, io);
  let files: string[];
  let stdin: { path: string; text: string } | undefined;
  const folderProblems: FolderProblem[] = [];
  const explicit = new Set<string>();
  try {
    if (opts.stdin) {
      const path = resolve(io.cwd, opts.stdinFilename ?? 'stdin.briefing.yaml');
      stdin = { path, text: (io.readStdin ?? (() => readFileSync(0, 'utf8')))().replace(/^\uFEFF/, '') };
      files = [path];
    } else {
      const projects = new ProjectCache(
        sharedEngine,
        { locale: opts.locale, cwd: io.cwd, configFile: opts.configFile && resolve(io.cwd, opts.configFile), noConfig: opts.noConfig },
        (p) => readTextFile(p, opts.maxFileBytes),
      );
      files = discover(
        opts.paths,
        io.cwd,
        (p) => {
          const project = projects.forFile(p);
          return project.config.files ? isProjectRecord(project, p) : RECORD_PATTERN.test(p);
        },
        folderProblems,
        explicit,
      );
    }
    if (opts.output) refuseOutputOverInput(resolve(io.cwd, opts.output), files, io.cwd);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`briefing: ${e.message}\n`);
      return 2;
    }
    throw e;
  }

  if (opts.command === 'people') return peopleCommand(sharedEngine, files, opts, io);
  // A shard checks its part, against the archive of every record given.
  const given = files;
  boundHeapGrowth(given.length);
  if (opts.shard) files = shardFiles(files, opts.shard, io.cwd);
  const cachePath = opts.cache && !stdin ? cacheFilePath(opts.cacheLocation, io.cwd) : undefined;
  const cached = cachePath ? readCache(cachePath) : undefined;
  const validateOptions: ValidateOptions = {
    locale: opts.locale,
    localeExplicit: opts.localeExplicit,
    fix: opts.fix,
    fixDryRun: opts.fixDryRun,
    quiet: opts.quiet,
    cwd: io.cwd,
    configFile: opts.configFile && resolve(io.cwd, opts.configFile),
    noConfig: opts.noConfig,
    rules: opts.rules,
    ignorePatterns: opts.ignorePatterns,
    stdin,
    cache: cached && { code: codeHash(findSchemasDir(), VERSION), entries: cached },
    maxFileBytes: opts.maxFileBytes,
    explicit: [...explicit],
    archive: given,
    run: {},
  };
  // --fix writes files and --stdin is one text: they stay on one thread. So does --cache unless
  // --jobs is given: one thread can tell that nothing changed without parsing (cli/cache.ts).
  // Other large runs use the idle cores.
  const jobs = opts.fix || stdin || (opts.cache && opts.jobs === undefined) ? 1 : jobsFor(files.length, opts.jobs);
  const progress = createProgress(files.length, io.stderrIsTTY ? io.stderr : undefined, opts.locale);
  const { result, ioErrors, notes } =
    jobs > 1
      ? validateFilesParallel(sharedEngine, files, validateOptions, jobs, progress.add)
      : validateFiles(sharedEngine, files, validateOptions, progress.add);
  progress.end();
  // The people index of a whole archive is the run's largest structure: gone before the report is written.
  forgetArchive(sharedEngine);
  if (cachePath && cached) {
    try {
      writeCache(cachePath, updatedCache(cached, result.files, io.cwd));
    } catch (e) {
      io.stderr(`briefing: không ghi được bộ nhớ đệm / cannot write the cache ${cachePath}: ${(e as NodeJS.ErrnoException).code ?? e}\n`);
    }
  }

  for (const p of folderProblems) result.files.push({ path: relative(io.cwd, p.path) || p.path, diagnostics: [], ioError: p.message });
  const unreadable = result.files.filter((f) => f.ioError);

  const useColor = opts.color ?? colorFromEnv(io.env) ?? (io.isTTY && !opts.output);
  // Reports are written piece by piece: any number of findings fits (no single huge string).
  const report = FORMATTERS[opts.format as keyof typeof FORMATTERS](result, {
    version: VERSION,
    locale: opts.locale,
    colors: makeColors(useColor),
    cwd: io.cwd,
  });
  if (opts.output) {
    try {
      writeReportFile(resolve(io.cwd, opts.output), report);
    } catch (e) {
      io.stderr(`briefing: không ghi được / cannot write ${opts.output}: ${(e as NodeJS.ErrnoException).code ?? e}\n`);
      return 2;
    }
  } else {
    writeBatched(report, io.stdout);
  }
  // The default report already lists unreadable files on the terminal; elsewhere stderr says it.
  if (opts.output || opts.format !== 'stylish') for (const f of unreadable) io.stderr(`briefing: ${f.path}: ${f.ioError}\n`);
  for (const msg of ioErrors) io.stderr(`briefing: ${msg}\n`);
  for (const msg of notes) io.stderr(`briefing: ${msg}\n`);

  if (ioErrors.length || unreadable.length) return 2;
  const n = count(result.files);
  if (n.errors > 0) return 1;
  if (opts.maxWarnings >= 0 && n.warnings > opts.maxWarnings) return 1;
  return 0;
}

function realpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Writing the report over a record (or a symlink or hard link to one) would destroy it: refused
 * up front. A report file that does not exist yet is none of the inputs; an existing one is
 * compared by file identity (one stat per input), by real path where the file system has no inodes.
 */
function refuseOutputOverInput(output: string, files: string[], cwd: string): void {
  let out: Stats;
  try {
    out = statSync(output);
  } catch {
    return;
  }
  const target = out.ino ? undefined : realpath(output);
  const same = (f: string): boolean => {
    if (target !== undefined) return realpath(f) === target;
    try {
      const s = statSync(f);
      return s.ino === out.ino && s.dev === out.dev;
    } catch {
      return false;
    }
  };
  for (const f of files) {
    if (same(f)) throw new UsageError(`--output không được trùng tệp đầu vào / --output must not be one of the inputs: ${relative(cwd, f) || f}`);
  }
}

/** FORCE_COLOR (set, not 0/false) turns colour on, NO_COLOR (non-empty) off; undefined: neither. */
export function colorFromEnv(env: NodeJS.ProcessEnv): boolean | undefined {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return undefined;
}
