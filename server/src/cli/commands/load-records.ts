// Records named on the command line, read and parsed once, each validated in its own project
// (configuration, catalog and people, as `briefing validate` does), for the commands that show them.
import { relative } from 'node:path';
import type { Diagnostic, Engine, Locale, ParsedRecord, ValidateOptions } from '../../engine';
import { applyProject } from '../../host/project';
import { discover } from '../discover';
import { ProjectCache, projectErrors } from '../projects';
import { readRecordFile } from '../read-file';

export interface LoadedRecord {
  path: string;
  /** The path as the user sees it: relative to the working folder. */
  display: string;
  record: ParsedRecord;
  diagnostics: Diagnostic[];
}

export function loadRecords(engine: Engine, inputs: string[], cwd: string, locale: Locale, withDiagnostics: boolean): { records: LoadedRecord[]; ioErrors: string[] } {
  const files = discover(inputs, cwd);
  const records: LoadedRecord[] = [];
  const ioErrors: string[] = [];
  const projects = new ProjectCache(engine, { locale, localeExplicit: true, cwd });
  let root: string | null = null;
  let options: ValidateOptions = { locale };
  for (const path of files) {
    const display = relative(cwd, path) || path;
    if (withDiagnostics && projects.rootOf(path) !== root) {
      root = projects.rootOf(path);
      const project = projects.get(root);
      ioErrors.push(...projectErrors(project, cwd));
      applyProject(engine, project, locale);
      options = projects.validateOptions(project);
    }
    try {
      const record = engine.parse(readRecordFile(path).text, display);
      records.push({ path, display, record, diagnostics: withDiagnostics ? engine.validate(record, options) : [] });
    } catch (e) {
      ioErrors.push(`${display}: không đọc được / cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  return { records, ioErrors };
}
