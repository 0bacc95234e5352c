// Records named on the command line, read and parsed once, each validated against its own
// workspace's catalog and people (as `briefing validate` does), for the commands that show them.
import { relative } from 'node:path';
import type { Diagnostic, Engine, Locale, ParsedRecord } from '../../engine';
import { discover } from '../discover';
import { readRecordFile } from '../read-file';
import { readWorkspace, workspaceRootFor } from '../workspace';

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
  let root: string | undefined | null = null;
  for (const path of files) {
    const display = relative(cwd, path) || path;
    if (withDiagnostics && workspaceRootFor(path) !== root) {
      root = workspaceRootFor(path);
      const ws = readWorkspace(root);
      engine.setWorkspaceCatalog(ws.catalog?.text, ws.catalog?.path, locale);
      engine.setPeopleRegistry(ws.people?.text, ws.people?.path, locale);
    }
    try {
      const record = engine.parse(readRecordFile(path).text, display);
      records.push({ path, display, record, diagnostics: withDiagnostics ? engine.validate(record, { locale }) : [] });
    } catch (e) {
      ioErrors.push(`${display}: không đọc được / cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  return { records, ioErrors };
}
