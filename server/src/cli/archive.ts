// Cross-record checks see the whole archive: before a project's records are validated, every
// record of the project (the folder holding its .briefing/, read only) is indexed by the people
// it names, so that checking one changed file in CI still sees the other years.
import type { Engine } from '../engine';
import { discover } from './discover';
import { readRecordFile } from './read-file';
import { workspaceRootFor } from './workspace';

const indexedFor = new WeakMap<Engine, { run: object; key: string }>();

/** The records a project's index is built from: its own records and the files given. */
export function archiveFiles(root: string | undefined, given: readonly string[]): string[] {
  const files = new Set(given);
  if (root) {
    try {
      // A sub-folder with its own .briefing/ is another project.
      for (const f of discover([root], root)) if (workspaceRootFor(f) === root) files.add(f);
    } catch {
      // An unreadable folder in the project: the records that can be read still count.
    }
  }
  return [...files];
}

/**
 * Indexes a project's records into the engine's people index, once per engine, project and run
 * (`run`: one object per command, so files changed between two runs are read again).
 * `given` are the records named on the command line that belong to no project folder.
 */
export function indexArchive(engine: Engine, root: string | undefined, given: readonly string[], run: object = {}): void {
  const key = root ?? `\u0000${given.join('\u0000')}`;
  const last = indexedFor.get(engine);
  if (last?.run === run && last.key === key) return;
  engine.people.index.clear();
  for (const path of archiveFiles(root, root ? [] : given)) indexFile(engine, path);
  for (const path of given) if (!engine.people.index.ofRecord(path).length) indexFile(engine, path);
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
