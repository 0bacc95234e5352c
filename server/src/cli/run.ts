// The CLI as a function (argv in, exit code out) so tests can run it in-process.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseOptions, HELP } from './args';
import { discover, UsageError } from './discover';
import { validateFiles } from './validate';
import { jobsFor, validateFilesParallel } from './parallel';
import { formatStylishChunks, makeColors } from './formatters/stylish';
import { formatJsonChunks } from './formatters/json';
import { formatSarifChunks } from './formatters/sarif';
import { formatGithubChunks } from './formatters/github';
import { writeBatched, writeReportFile } from './report-sink';
import { formatRules } from './formatters/rules';
import { count } from './result';
import { createEngine, findSchemasDir } from '../host/assets';
import { shardFiles } from './shard';
import { createProgress } from './progress';
import { cacheFilePath, codeHash, readCache, writeCache, type CacheEntry } from './cache';
import type { FileResult } from './result';
import type { Engine } from '../engine';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
  /** stderr is a terminal: a long run shows its progress line there. */
  stderrIsTTY?: boolean;
}

export const VERSION = '0.1.0';

let sharedEngine: Engine | undefined;

export function run(argv: string[], io: Io): number {
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

  let files: string[];
  try {
    files = discover(opts.paths, io.cwd);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`briefing: ${e.message}\n`);
      return 2;
    }
    throw e;
  }

  if (opts.shard) files = shardFiles(files, opts.shard, io.cwd);

  sharedEngine ??= createEngine();
  const cachePath = opts.cache ? cacheFilePath(opts.cacheLocation, io.cwd) : undefined;
  const cached = cachePath ? readCache(cachePath) : undefined;
  const cache = cached && { code: codeHash(findSchemasDir(), VERSION), entries: cached };
  const validateOptions = { locale: opts.locale, fix: opts.fix, quiet: opts.quiet, cwd: io.cwd, cache };
  // --fix writes files: it stays on one thread. Otherwise large runs use every core.
  const jobs = opts.fix ? 1 : jobsFor(files.length, opts.jobs);
  const progress = createProgress(files.length, io.stderrIsTTY ? io.stderr : undefined, opts.locale);
  const { result, ioErrors } =
    jobs > 1 ? validateFilesParallel(sharedEngine, files, validateOptions, jobs, progress.add) : validateFiles(sharedEngine, files, validateOptions, progress.add);
  progress.end();
  if (cachePath && cached) {
    try {
      writeCache(cachePath, updatedCache(cached, result.files, io.cwd));
    } catch (e) {
      io.stderr(`briefing: không ghi được bộ nhớ đệm / cannot write the cache ${cachePath}: ${(e as NodeJS.ErrnoException).code ?? e}\n`);
    }
  }

  const useColor = opts.color ?? (io.isTTY && !opts.output && !('NO_COLOR' in io.env && io.env.NO_COLOR !== ''));
  // Reports are written piece by piece: any number of findings fits (no single huge string).
  const report =
    opts.format === 'json'
      ? formatJsonChunks(result, VERSION)
      : opts.format === 'sarif'
        ? formatSarifChunks(result, VERSION, opts.locale)
        : opts.format === 'github'
          ? formatGithubChunks(result)
          : formatStylishChunks(result, opts.locale, makeColors(useColor));
  if (opts.output) {
    try {
      writeReportFile(opts.output, report);
    } catch (e) {
      io.stderr(`briefing: không ghi được / cannot write ${opts.output}: ${(e as NodeJS.ErrnoException).code ?? e}\n`);
      return 2;
    }
  } else {
    writeBatched(report, io.stdout);
  }
  for (const msg of ioErrors) io.stderr(`briefing: ${msg}\n`);

  if (ioErrors.length) return 2;
  const n = count(result.files);
  if (n.errors > 0) return 1;
  if (opts.maxWarnings >= 0 && n.warnings > opts.maxWarnings) return 1;
  return 0;
}

/** The cache after this run: this run's results, plus entries of records it did not visit that still exist. */
function updatedCache(before: Map<string, CacheEntry>, files: FileResult[], cwd: string): Map<string, CacheEntry> {
  const after = new Map<string, CacheEntry>();
  for (const f of files) if (f.cacheKey) after.set(f.path, { ...f.cacheKey, diagnostics: f.diagnostics });
  for (const [path, entry] of before) if (!after.has(path) && existsSync(resolve(cwd, path))) after.set(path, entry);
  return after;
}
