// The CLI as a function (argv in, exit code out) so tests can run it in-process.
import { writeFileSync } from 'node:fs';
import { parseOptions, HELP } from './args';
import { discover, UsageError } from './discover';
import { validateFiles } from './validate';
import { peopleReport } from './people';
import { jobsFor, validateFilesParallel } from './parallel';
import { formatStylish, makeColors } from './formatters/stylish';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatGithub } from './formatters/github';
import { formatRules } from './formatters/rules';
import { count } from './result';
import { createEngine } from '../host/assets';
import type { Engine } from '../engine';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
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

  sharedEngine ??= createEngine();
  if (opts.command === 'people') {
    const out = peopleReport(sharedEngine, files, { locale: opts.locale, cwd: io.cwd, format: opts.format, person: opts.person, maxWarnings: opts.maxWarnings });
    if (opts.output) {
      try {
        writeFileSync(opts.output, out.report);
      } catch (e) {
        io.stderr(`briefing: không ghi được / cannot write ${opts.output}: ${(e as NodeJS.ErrnoException).code ?? e}\n`);
        return 2;
      }
    } else io.stdout(out.report);
    for (const msg of out.ioErrors) io.stderr(`briefing: ${msg}\n`);
    return out.exitCode;
  }
  const validateOptions = { locale: opts.locale, fix: opts.fix, quiet: opts.quiet, cwd: io.cwd, archive: files, run: {} };
  // --fix writes files: it stays on one thread. Otherwise large runs use every core.
  const jobs = opts.fix ? 1 : jobsFor(files.length, opts.jobs);
  const { result, ioErrors } = jobs > 1 ? validateFilesParallel(sharedEngine, files, validateOptions, jobs) : validateFiles(sharedEngine, files, validateOptions);

  const useColor = opts.color ?? (io.isTTY && !opts.output && !('NO_COLOR' in io.env && io.env.NO_COLOR !== ''));
  let report: string;
  switch (opts.format) {
    case 'json':
      report = formatJson(result, VERSION);
      break;
    case 'sarif':
      report = formatSarif(result, VERSION, opts.locale);
      break;
    case 'github':
      report = formatGithub(result);
      break;
    default:
      report = formatStylish(result, opts.locale, makeColors(useColor));
  }
  if (opts.output) {
    try {
      writeFileSync(opts.output, report);
    } catch (e) {
      io.stderr(`briefing: không ghi được / cannot write ${opts.output}: ${(e as NodeJS.ErrnoException).code ?? e}\n`);
      return 2;
    }
  } else {
    io.stdout(report);
  }
  for (const msg of ioErrors) io.stderr(`briefing: ${msg}\n`);

  if (ioErrors.length) return 2;
  const n = count(result.files);
  if (n.errors > 0) return 1;
  if (opts.maxWarnings >= 0 && n.warnings > opts.maxWarnings) return 1;
  return 0;
}
