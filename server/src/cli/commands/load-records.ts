// Records named on the command line, read and parsed once, each validated with its own project
// (configuration, catalogs, people: host/project.ts, as `briefing validate` does).
import { relative } from 'node:path';
import type { Diagnostic, Engine, Locale, ParsedRecord } from '../../engine';
import { discover } from '../discover';
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
