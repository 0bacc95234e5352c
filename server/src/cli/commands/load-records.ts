// Records named on the command line, read and parsed once, each validated with its own project
// (configuration, catalogs, people: host/project.ts, as `briefing validate` does).
import { relative } from 'node:path';
import type { Diagnostic, Engine, Locale, ParsedRecord } from '../../engine';
import { createEngine } from '../../host/assets';
import { discover, UsageError } from '../discover';
import type { Io } from '../run';
import { readRecordFile } from '../read-file';
import { applyProject } from '../../host/project';
import { ProjectCache } from '../projects';

export interface LoadedRecord {
  path: string;
  /** The path as the user sees it: relative to the working folder. */
  display: string;
  record: ParsedRecord;
  diagnostics: Diagnostic[];
}

export function loadRecords(
  engine: Engine,
  inputs: string[],
  cwd: string,
  locale: Locale,
  withDiagnostics: boolean,
): { records: LoadedRecord[]; ioErrors: string[] } {
  const files = discover(inputs, cwd);
  const records: LoadedRecord[] = [];
  const ioErrors: string[] = [];
  const projects = new ProjectCache(engine, { locale, localeExplicit: true, cwd });
  let root: string | undefined;
  for (const path of files) {
    const display = relative(cwd, path) || path;
    const project = withDiagnostics ? projects.forFile(path) : undefined;
    if (project && project.root !== root) {
      root = project.root;
      applyProject(engine, project, locale);
    }
    try {
      const record = engine.parse(readRecordFile(path).text, display);
      records.push({ path, display, record, diagnostics: project ? engine.validate(record, projects.validateOptions(project)) : [] });
    } catch (e) {
      ioErrors.push(`${display}: không đọc được / cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  return { records, ioErrors };
}

/** `--locale`, else BRIEFING_LOCALE, else Vietnamese; anything else is a usage error. */
export function localeOption(value: string | undefined, env: Record<string, string | undefined>): Locale {
  const locale = value ?? env.BRIEFING_LOCALE ?? 'vi';
  if (locale !== 'vi' && locale !== 'en') throw new UsageError('--locale phải là vi hoặc en / must be vi or en');
  return locale;
}

/**
 * The start every command over records shares: its options, `--help`, then the records read.
 * Returns the exit code instead when the command is done (help: 0; a usage error, printed with the help: 2).
 */
export function startRecordCommand<O extends { help?: boolean; locale: Locale; paths: string[] }>(
  name: string,
  help: string,
  argv: string[],
  io: Io,
  parse: (argv: string[], env: Io['env']) => O,
  withDiagnostics: boolean,
): { options: O; loaded: ReturnType<typeof loadRecords> } | number {
  try {
    const options = parse(argv, io.env);
    if (options.help) {
      io.stdout(help);
      return 0;
    }
    return { options, loaded: loadRecords(createEngine(), options.paths, io.cwd, options.locale, withDiagnostics) };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`briefing ${name}: ${e.message}\n\n${help}`);
    return 2;
  }
}
