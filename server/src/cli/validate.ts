// `briefing validate`: discover records, load each workspace's own catalogs, validate every
// record in one process, optionally apply safe fixes (atomically), and collect the results.
import { relative } from 'node:path';
import { Severity, fixAll, type Engine, type Locale, type Diagnostic } from '../engine';
import { readRecordFile } from './read-file';
import { readWorkspace, workspaceRootFor } from './workspace';
import { writeFileAtomic } from './write-file';
import { indexArchive, indexFile } from './archive';
import type { FileResult, RunResult } from './result';

export interface ValidateRun {
  result: RunResult;
  /** I/O problems (unreadable file, failed write): each makes the exit code 2. */
  ioErrors: string[];
}

/** Problems that mean the text is not a well-formed record: --fix never rewrites such a file. */
const UNFIXABLE = new Set(['yaml-syntax', 'duplicate-key', 'yaml-too-deep', 'alias-limit', 'binary-content']);

export function validateFiles(engine: Engine, files: string[], opts: { locale: Locale; fix: boolean; quiet: boolean; cwd: string; archive?: string[]; run?: object }): ValidateRun {
  const started = performance.now();
  const ioErrors: string[] = [];
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
    const ws = readWorkspace(root);
    const catalogDiags = engine.setWorkspaceCatalog(ws.catalog?.text, ws.catalog?.path, opts.locale);
    const peopleDiags = engine.setPeopleRegistry(ws.people?.text, ws.people?.path, opts.locale);
    if (ws.catalog && catalogDiags.length) results.push({ path: show(ws.catalog.path), diagnostics: keep(catalogDiags) });
    if (ws.people && peopleDiags.length) results.push({ path: show(ws.people.path), diagnostics: keep(peopleDiags) });
    // Records outside any project are checked against the other such records given.
    indexArchive(engine, root, root ? group : (opts.archive ?? files).filter((f) => workspaceRootFor(f) === undefined), opts.run);

    for (const path of group) {
      let file;
      try {
        file = readRecordFile(path);
      } catch (e) {
        ioErrors.push(`${show(path)}: không đọc được / cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
        continue;
      }
      const uri = path;
      let diagnostics = engine.check(file.text, uri, { locale: opts.locale });
      let fixed = 0;
      // --fix never rewrites a file it cannot read as a record, and says so even when no fix was
      // found: the content rules, which offer the fixes, did not run on it.
      if (opts.fix && (!file.utf8 || diagnostics.some((d) => UNFIXABLE.has(d.code)))) {
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
            indexFile(engine, path, out.text);
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
  return { result: { files: results, elapsedMs: performance.now() - started }, ioErrors };
}
