// What a CLI run produced, shared by every formatter.
import { Severity, type Diagnostic, type TextEdit } from '../engine';

export interface FileResult {
  /** Path as shown to the user (relative to the working directory). */
  path: string;
  diagnostics: Diagnostic[];
  /** Number of fixes applied by --fix. */
  fixed?: number;
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
      if (d.fixes?.some((x) => x.preferred)) c.fixable++;
    }
  }
  return c;
}

export const SEVERITY_NAMES: Record<number, 'error' | 'warning' | 'info' | 'hint'> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
