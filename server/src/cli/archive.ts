// Cross-record checks see the whole archive: before a project's records are validated, every
// record of the project (its files matching the record globs, read only) is indexed by the
// people it names, so that checking one changed file in CI still sees the other years. A folder
// without `.briefing/` is no archive: only the records given on the command line are indexed.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../engine';
import { BRIEFING_DIR, isIgnored, isProjectRecord, projectRootFor, type Project } from '../host/project';
import { discover } from './discover';
import { readRecordFile } from './read-file';

const indexedFor = new WeakMap<Engine, { run: object; key: string }>();

function hasBriefingDir(root: string): boolean {
  try {
    return statSync(join(root, BRIEFING_DIR)).isDirectory();
  } catch {
    return false;
  }
}

/** The records a project's index is built from: its own records and the files given. */
export function archiveFiles(project: Project, given: readonly string[]): string[] {
  const files = new Set(given);
  if (hasBriefingDir(project.root)) {
    try {
      // A sub-folder with its own .briefing/ is another project.
      const own = (f: string) => projectRootFor(f) === project.root && isProjectRecord(project, f) && !isIgnored(project, f);
      for (const f of discover([project.root], project.root, own)) files.add(f);
    } catch {
      // An unreadable folder in the project: the records that can be read still count.
    }
  }
  return [...files];
}

/**
 * Indexes a project's records into the engine's people index, once per engine, project and run
 * (`run`: one object per command, so files changed between two runs are read again).
 */
export function indexArchive(engine: Engine, project: Project, given: readonly string[], run: object = {}): void {
  const key = `${project.root}\u0000${given.join('\u0000')}`;
  const last = indexedFor.get(engine);
  if (last?.run === run && last.key === key) return;
  engine.people.index.clear();
  for (const path of archiveFiles(project, given)) indexFile(engine, path);
  indexedFor.set(engine, { run, key });
}

/** Indexes (or re-indexes, after --fix wrote it) one record; an unreadable file is skipped here and reported by validate. */
export function indexFile(engine: Engine, path: string, text?: string): void {
  try {
    engine.notePeople(engine.parse(text ?? readRecordFile(path).text, path));
  } catch {
    engine.forgetPeople(path);
  }
}
