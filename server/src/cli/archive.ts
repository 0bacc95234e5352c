// Cross-record checks see the whole archive: before a project's records are validated, every
// record of the project (its files matching the record globs, read only) is indexed by the
// people it names, so that checking one changed file in CI still sees the other years. A folder
// without `.briefing/` is no archive: only the records given on the command line are indexed.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine, ParsedRecord } from '../engine';
import { BRIEFING_DIR, isIgnored, isProjectRecord, projectRootFor, type Project } from '../host/project';
import { discover } from './discover';
import { readRecordFile, type RecordFile } from './read-file';

/** A record read and parsed for the index, kept for its validation in the same run. */
export interface KeptRecord {
  file: RecordFile;
  record: ParsedRecord;
}

/**
 * The most text (UTF-16 units) whose parses one thread keeps between indexing and validation. A
 * kept parse saves reading and parsing the record again; beyond this the rest are read again when
 * their turn comes, so memory stays bounded for any archive. A parse tree costs ~16 bytes per
 * character of text (measured on the bench's records): 8M characters, ~130 MB, hold the 2,000
 * records of the CLI benchmark (6.3M characters) whole.
 */
export const KEEP_TEXT_BUDGET = 8 * 1024 * 1024;
/**
 * Beyond this many records in an archive no parse is kept: they would be a few percent of the
 * records, and their trees would sit in memory beside the people index through the whole index pass.
 */
export const KEEP_MAX_RECORDS = 10_000;

/** Parses kept for validation, each handed out once. */
export class KeptRecords {
  private readonly byPath = new Map<string, KeptRecord>();

  constructor(private budget = KEEP_TEXT_BUDGET) {}

  /** Keeps a parse if it fits the budget. */
  offer(path: string, kept: KeptRecord): void {
    if (kept.file.text.length > this.budget) return;
    this.budget -= kept.file.text.length;
    this.byPath.set(path, kept);
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  take(path: string): KeptRecord | undefined {
    const hit = this.byPath.get(path);
    if (hit) {
      this.byPath.delete(path);
      this.budget += hit.file.text.length;
    }
    return hit;
  }
}

/** Where validateFiles gets a project's people index and the parses made for it. */
export interface ArchiveSource {
  /** Makes the engine's people index that of `project`'s archive (`given`: the project's records named on the command line). */
  index(engine: Engine, project: Project, given: () => readonly string[], keep: ReadonlySet<string>, limit?: number): void;
  /** The record read and parsed while indexing, when kept. */
  take(path: string): KeptRecord | undefined;
  /** True when this thread reads the whole archive itself (then --cache can tell that nothing changed). */
  readonly readsArchive?: boolean;
}

/** One thread reading the archive itself: indexArchive once per project and run. */
export function readArchive(run?: object): ArchiveSource {
  return {
    index: (engine, project, given, keep, limit) => indexArchive(engine, project, given(), run, keep, limit),
    take: (path) => lastIndexed?.kept.take(path),
    readsArchive: true,
  };
}

let lastIndexed: { engine: Engine; run: object; key: string; kept: KeptRecords } | undefined;

/** Lets go of the people index and the parses kept for it, once a run has validated its records. */
export function forgetArchive(engine: Engine): void {
  engine.people.index.clear();
  if (lastIndexed?.engine === engine) lastIndexed = undefined;
}

function hasBriefingDir(root: string): boolean {
  try {
    return statSync(join(root, BRIEFING_DIR)).isDirectory();
  } catch {
    return false;
  }
}

/** Archives already listed, by the list of records given (one walk of a project's folders per run). */
const listed = new WeakMap<readonly string[], { project: Project; files: string[] }>();

/** The records a project's index is built from: its own records and the files given. */
export function archiveFiles(project: Project, given: readonly string[]): string[] {
  const hit = listed.get(given);
  if (hit?.project === project) return hit.files;
  const files = listArchive(project, given);
  listed.set(given, { project, files });
  return files;
}

function listArchive(project: Project, given: readonly string[]): string[] {
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
 * (`run`: one object per command, so files changed between two runs are read again). The parses
 * of the records in `keep` are kept (within KEEP_TEXT_BUDGET), so a record is read and parsed
 * once per run.
 */
export function indexArchive(engine: Engine, project: Project, given: readonly string[], run: object = {}, keep?: ReadonlySet<string>, limit?: number): void {
  const key = `${project.root}\u0000${given.join('\u0000')}`;
  if (lastIndexed?.engine === engine && lastIndexed.run === run && lastIndexed.key === key) return;
  engine.people.index.clear();
  const files = archiveFiles(project, given);
  const kept = new KeptRecords(files.length > KEEP_MAX_RECORDS ? 0 : KEEP_TEXT_BUDGET);
  for (const path of files) {
    const indexed = indexFile(engine, path, undefined, limit);
    if (indexed && keep?.has(path)) kept.offer(path, indexed);
  }
  lastIndexed = { engine, run, key, kept };
}

/**
 * Indexes (or re-indexes, after --fix wrote it) one record; an unreadable file is skipped here and
 * reported by validate. `limit` is the size cap validation applies: a file above it is not indexed.
 */
export function indexFile(engine: Engine, path: string, text?: string, limit?: number): KeptRecord | undefined {
  try {
    const file = text === undefined ? readRecordFile(path, limit) : { path, text, bom: false, utf8: true };
    const record = engine.parse(file.text, path);
    engine.notePeople(record);
    return { file, record };
  } catch {
    engine.forgetPeople(path);
    return undefined;
  }
}
