// `briefing validate`: discover records, load each workspace's own catalogs, validate every
// record in one process, optionally apply safe fixes (atomically), and collect the results.
import { basename, dirname, relative } from 'node:path';
import { Severity, fixAll, type Engine, type Locale, type Diagnostic } from '../engine';
import { readRecordFile } from './read-file';
import { RECORD_PATTERN } from './discover';
import { readWorkspace, workspaceRootFor } from './workspace';
import { writeFileAtomic } from './write-file';
import type { FileResult, RunResult } from './result';

export interface ValidateRun {
  result: RunResult;
  /** I/O problems other than a file that cannot be read (failed write…): each makes the exit code 2. */
  ioErrors: string[];
  /** Things --fix left alone on purpose (a file that is not a record); said, not an error. */
  notes: string[];
}

/**
 * --fix rewrites records only: a file named *.briefing.yaml|yml outside a .briefing/ folder. A
 * broad glob also matches catalogs, the people registry and other YAML or JSON; those are
 * validated as asked but never rewritten.
 */
export function isRecordFile(path: string): boolean {
  return RECORD_PATTERN.test(basename(path)) && basename(dirname(path)) !== '.briefing';
}

/** Problems that mean the text is not a well-formed record: --fix never rewrites such a file. */
const UNFIXABLE = new Set(['yaml-syntax', 'duplicate-key', 'yaml-too-deep', 'alias-limit', 'binary-content']);

export function validateFiles(engine: Engine, files: string[], opts: { locale: Locale; fix: boolean; quiet: boolean; cwd: string; maxFileBytes?: number }): ValidateRun {
  const started = performance.now();
  const ioErrors: string[] = [];
  const notes: string[] = [];
  const results: FileResult[] = [];
  const show = (p: string) => relative(opts.cwd, p) || p;
  const keep = (ds: Diagnostic[]) => (opts.quiet ? ds.filter((d) => d.severity === Severity.error) : ds);

  // Group by workspace root so each group is checked against its own catalog and people.
  const groups = new Map<string | undefined, string[]>();
  for (const f of files) {
    const root = workspaceRootFor(f);
    groups.set(root, [...(groups.get(root) ?? []), f]);
  }

  for (const [root, group] of groups) {
    const ws = readWorkspace(root, opts.maxFileBytes);
    // A data file that cannot be read is that file's problem: the records are still checked.
    const catalogDiags = engine.setWorkspaceCatalog(ws.catalog?.text, ws.catalog?.path, opts.locale);
    const peopleDiags = engine.setPeopleRegistry(ws.people?.text, ws.people?.path, opts.locale);
    for (const [file, diags] of [[ws.catalog, catalogDiags], [ws.people, peopleDiags]] as const) {
      if (file?.problem) results.push({ path: show(file.path), diagnostics: [], ioError: file.problem });
      else if (file && diags.length) results.push({ path: show(file.path), diagnostics: keep(diags) });
    }

    for (const path of group) {
      let file;
      try {
        file = readRecordFile(path, opts.maxFileBytes);
      } catch (e) {
        results.push({ path: show(path), diagnostics: [], ioError: (e as Error).message });
        continue;
      }
      const uri = path;
      let diagnostics = engine.check(file.text, uri, { locale: opts.locale });
      let fixed = 0;
      // --fix never rewrites a file it cannot read as a record, and says so even when no fix was
      // found: the content rules, which offer the fixes, did not run on it.
      if (opts.fix && !isRecordFile(path)) {
        if (diagnostics.some((d) => d.fixes?.some((x) => x.preferred))) notes.push(`${show(path)}: không sửa vì không phải hồ sơ *.briefing.yaml / not fixed: not a *.briefing.yaml record`);
      } else if (opts.fix && (!file.utf8 || diagnostics.some((d) => UNFIXABLE.has(d.code)))) {
        ioErrors.push(`${show(path)}: không sửa vì tệp không đọc được như YAML UTF-8 hợp lệ / not fixed: the file is not valid UTF-8 YAML`);
      } else if (opts.fix && diagnostics.some((d) => d.fixes?.some((x) => x.preferred))) {
        const out = fixAll(file.text, (t) => engine.check(t, uri, { locale: opts.locale }));
        const after = out.text === file.text ? diagnostics : engine.check(out.text, uri, { locale: opts.locale });
        if (after.some((d) => UNFIXABLE.has(d.code))) {
          // Never write a file worse than it was (fixAll guards this too).
          ioErrors.push(`${show(path)}: không sửa vì bản sửa sẽ làm hỏng YAML / not fixed: the fixes would break the YAML`);
        } else if (out.text !== file.text) {
          try {
            writeFileAtomic(path, (file.bom ? '\uFEFF' : '') + out.text);
            fixed = out.applied;
            diagnostics = after;
          } catch (e) {
            ioErrors.push(`${show(path)}: không ghi được, tệp gốc giữ nguyên / cannot write, original kept (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
          }
        }
      }
      results.push({ path: show(path), diagnostics: keep(diagnostics), ...(fixed ? { fixed } : {}) });
    }
  }
  return { result: { files: results, elapsedMs: performance.now() - started }, ioErrors, notes };
}
