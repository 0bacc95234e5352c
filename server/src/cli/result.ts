// What a CLI run produced, shared by every formatter.
import { Severity, isSafeFix, type Diagnostic, type TextEdit } from '../engine';

export interface FileResult {
  /** Path as shown to the user (relative to the working directory). */
  path: string;
  diagnostics: Diagnostic[];
  /** Number of fixes applied by --fix. */
  fixed?: number;
  /** With --cache: the hashes this result is stored under. */
  cacheKey?: { content: string; context: string; archive?: string };
  /** Why the file could not be read (not a regular file, above the size cap, I/O error). */
  ioError?: string;
  /** --fix-dry-run: what --fix would write, as one edit, the whole text and a unified diff. */
  edits?: TextEdit[];
  output?: string;
  diff?: string;
}

export interface RunResult {
  files: FileResult[];
  elapsedMs: number;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
}

export function count(files: FileResult[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const f of files) {
    for (const d of f.diagnostics) {
      if (d.severity === Severity.error) c.errors++;
      else if (d.severity === Severity.warning) c.warnings++;
      else c.infos++;
      if (d.fixes?.some(isSafeFix)) c.fixable++;
    }
  }
  return c;
}
