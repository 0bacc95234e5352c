// `briefing people`: each person's timeline across a project's records (and the people
// registry), with the cross-record problems marked. Exit codes as for `validate`.
import { relative } from 'node:path';
import { PERSON_RULE_IDS, Severity, timelines, type Diagnostic, type Engine, type Locale, type PersonTimeline } from '../engine';
import { indexArchive } from './archive';
import { readRecordFile } from './read-file';
import { readWorkspace, workspaceRootFor } from './workspace';
import { formatPeople } from './formatters/people';
import type { Format } from './args';

export interface PeopleRun {
  report: string;
  exitCode: number;
  ioErrors: string[];
}

export function peopleReport(engine: Engine, files: string[], opts: { locale: Locale; cwd: string; format: Format; person?: string; maxWarnings: number }): PeopleRun {
  const ioErrors: string[] = [];
  const show = (p: string) => relative(opts.cwd, p) || p;
  const groups = new Map<string | undefined, string[]>();
  for (const f of files) {
    const root = workspaceRootFor(f);
    groups.set(root, [...(groups.get(root) ?? []), f]);
  }
  const run = {};
  const people: PersonTimeline[] = [];
  for (const [root, group] of groups) {
    const ws = readWorkspace(root);
    engine.setWorkspaceCatalog(ws.catalog?.text, ws.catalog?.path, opts.locale);
    engine.setPeopleRegistry(ws.people?.text, ws.people?.path, opts.locale);
    indexArchive(engine, root, group, run);
    const cache = new Map<string, readonly Diagnostic[]>();
    const diagnosticsOf = (uri: string) => {
      let ds = cache.get(uri);
      if (!ds) {
        try {
          ds = engine.check(readRecordFile(uri).text, uri, { locale: opts.locale });
        } catch (e) {
          ioErrors.push(`${show(uri)}: không đọc được / cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
          ds = [];
        }
        cache.set(uri, ds);
      }
      return ds;
    };
    for (const f of group) diagnosticsOf(f); // unreadable given files are reported even if they name no one
    for (const t of timelines(engine.people, diagnosticsOf, PERSON_RULE_IDS, opts.person)) {
      people.push({ ...t, rows: t.rows.map((r) => (r.uri ? { ...r, uri: show(r.uri) } : r)) });
    }
  }
  const issues = people.flatMap((p) => p.rows.flatMap((r) => r.issues));
  const errors = issues.filter((i) => i.severity === Severity.error).length;
  const warnings = issues.filter((i) => i.severity === Severity.warning).length;
  const exitCode = ioErrors.length ? 2 : errors > 0 || (opts.maxWarnings >= 0 && warnings > opts.maxWarnings) ? 1 : 0;
  return { report: formatPeople(people, opts.format, opts.locale, opts.person), exitCode, ioErrors };
}
