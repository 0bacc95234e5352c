// `briefing people`: each person's timeline across a project's records (and its people
// registries), with the cross-record problems marked. Exit codes as for `validate`.
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { PERSON_RULE_IDS, Severity, timelines, type Diagnostic, type Engine, type PersonTimeline } from '../engine';
import { applyProject } from '../host/project';
import { indexArchive } from './archive';
import { ProjectCache, projectErrors } from './projects';
import { readRecordFile } from './read-file';
import { formatPeople } from './formatters/people';
import type { Options } from './args';
import type { Io } from './run';

export interface PeopleRun {
  report: string;
  exitCode: number;
  ioErrors: string[];
}

export function peopleReport(engine: Engine, files: string[], opts: Options & { cwd: string }): PeopleRun {
  const ioErrors: string[] = [];
  const show = (p: string) => relative(opts.cwd, p) || p;
  const projects = new ProjectCache(engine, {
    locale: opts.locale,
    localeExplicit: opts.localeExplicit,
    cwd: opts.cwd,
    configFile: opts.configFile && resolve(opts.cwd, opts.configFile),
    noConfig: opts.noConfig,
    rules: opts.rules,
  });
  const groups = projects.group(files);
  const run = {};
  const people: PersonTimeline[] = [];
  for (const [root, group] of groups) {
    const project = projects.get(root);
    const bad = projectErrors(project, opts.cwd);
    if (bad.length) {
      ioErrors.push(...bad);
      continue;
    }
    const locale = projects.locale(project);
    applyProject(engine, project, locale);
    indexArchive(engine, project, group, run);
    const options = projects.validateOptions(project);
    const cache = new Map<string, readonly Diagnostic[]>();
    const diagnosticsOf = (uri: string) => {
      let ds = cache.get(uri);
      if (!ds) {
        try {
          ds = engine.check(readRecordFile(uri).text, uri, options);
        } catch (e) {
          ioErrors.push(`${show(uri)}: không đọc được / cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
          ds = [];
        }
        cache.set(uri, ds);
      }
      return ds;
    };
    for (const f of group) diagnosticsOf(f); // an unreadable file given is reported even if it names no one
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

/** The command: the report on stdout (or --output), problems reading files on stderr. */
export function peopleCommand(engine: Engine, files: string[], opts: Options, io: Io): number {
  const out = peopleReport(engine, files, { ...opts, cwd: io.cwd });
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
