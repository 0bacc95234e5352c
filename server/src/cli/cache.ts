// `--cache`: a re-run validates only what changed, as ESLint's --cache (content strategy) does.
// A record's findings are reused when all hold:
// - its text has the same hash (content, never mtime: a fresh CI checkout resets mtimes);
// - what the other records say about its people (cross-record checks) is the same;
// - its context has the same hash: the code that checks it (this program and the bundled schema
//   and catalogs, so any upgrade misses), the settings (locale, rule severities, --quiet, --fix),
//   and the project's configuration, catalogs and people registries as host/project.ts resolves
//   them.
// Keys are paths relative to the working directory, so a cache restored into another checkout
// still hits. The cache is one JSON file, written atomically; an unreadable or foreign cache is
// ignored and rebuilt, never an error.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, writeSync } from 'node:fs';
import { writeWhole } from './write-file';
import { dirname, join, relative, resolve } from 'node:path';
import { appearancesOf, type Diagnostic, type Engine, type ParsedRecord } from '../engine';
import type { FileResult } from './result';
import type { Project } from '../host/project';
import { readFileSafe } from '../host/read-file';

export const DEFAULT_CACHE_FILE = '.briefingcache';
const FORMAT = 'briefing-cache-1';

export interface CacheEntry {
  content: string;
  context: string;
  /** The archive's signature when the entry was made (archiveSignature). */
  archive?: string;
  diagnostics: Diagnostic[];
}

/** What validateFiles needs to reuse findings (plain data: it travels to worker threads). */
export interface CacheInput {
  /** Hash of the checking code and bundled data. */
  code: string;
  entries: Map<string, CacheEntry>;
}

export const sha1 = (...parts: string[]) => {
  const h = createHash('sha1');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex');
};

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const p = join(dir, name);
    try {
      if (statSync(p).isDirectory()) out.push(...filesUnder(p));
      else if (statSync(p).isFile()) out.push(p);
    } catch {
      // vanished while listing: not part of the context
    }
  }
  return out;
}

/** Hash of this program (its own file) and the bundled schemas and catalogs. */
export function codeHash(schemasDir: string, version: string): string {
  const parts = [version, process.version];
  for (const f of [__filename, ...filesUnder(schemasDir)]) parts.push(f.slice(f.lastIndexOf('/') + 1), readFileSync(f, 'latin1'));
  return sha1(...parts);
}

/**
 * Hash of what a record of `project` is checked against, besides the code: the settings, and
 * the configuration, catalogs and people registries the project model resolved (host/project.ts),
 * wherever they live.
 */
export function contextHash(code: string, project: Project, settings: string): string {
  const parts = [code, settings, project.configPath ? relative(project.root, project.configPath) : ''];
  for (const f of project.dataFiles) parts.push(f.kind, relative(project.root, f.path), f.text ?? `unreadable: ${f.error ?? ''}`);
  return sha1(...parts);
}

/** Hash of a record's bytes as read (text, and whether it was valid UTF-8 with a BOM). */
export const contentHash = (file: { text: string; utf8: boolean; bom: boolean }) => sha1(file.text, `${file.utf8}|${file.bom}`);

/**
 * Hash of a whole archive: every record's path (relative to the working directory) and bytes.
 * The same signature means the same people index, so a record stored under it and the same
 * context has the same findings: a re-run where nothing changed reads and hashes the records but
 * parses none (nor decodes them).
 */
export function archiveSignature(files: readonly string[], cwd: string, limit?: number): string {
  const parts = files.map((f) => {
    const r = readFileSafe(f, limit);
    return `${relative(cwd, f)}\u0000${r.ok ? createHash('sha1').update(r.bytes).digest('hex') : 'unreadable'}`;
  });
  return sha1(...parts.sort());
}

/**
 * Per engine: the hash of each person's appearances, by person key and index stamp (it moves with
 * any change), for the index as it is since it was last cleared (one project's archive; an
 * archive of many projects would otherwise keep every project's hashes).
 */
const personHashes = new WeakMap<Engine, { generation: number; hashes: Map<string, string> }>();

/**
 * Hash of what the archive says about a record's people (cross-record checks): for each person
 * the record names, every appearance in the archive, with paths relative to the working
 * directory, so a restored cache still hits. Each person is hashed once per state of the index,
 * not once per record that names them.
 */
export function archiveHash(engine: Engine, record: ParsedRecord, cwd: string): string {
  const index = engine.people.index;
  let held = personHashes.get(engine);
  if (held?.generation !== index.generation) personHashes.set(engine, (held = { generation: index.generation, hashes: new Map() }));
  const memo = held.hashes;
  const keys = [...new Set(appearancesOf(record).map((a) => a.key))];
  return sha1(
    ...keys.map((key) => {
      const stamped = `${key}\u0000${index.stamp(key)}`;
      let h = memo.get(stamped);
      if (h === undefined) {
        h = sha1(key, JSON.stringify(index.appearances(key).map((a) => ({ ...a, uri: relative(cwd, a.uri) }))));
        memo.set(stamped, h);
      }
      return h;
    }),
  );
}

/** The cache file for --cache-location (a file, or a folder that gets the default name). */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  const p = resolve(cwd, location ?? DEFAULT_CACHE_FILE);
  const isDir = location !== undefined && (/[\\/]$/.test(location) || (existsSync(p) && statSync(p).isDirectory()));
  return isDir ? join(p, DEFAULT_CACHE_FILE) : p;
}

export function readCache(path: string): Map<string, CacheEntry> {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { format?: string; entries?: Record<string, CacheEntry> };
    if (data.format === FORMAT && data.entries && typeof data.entries === 'object') return new Map(Object.entries(data.entries));
  } catch {
    // missing, unreadable or not ours: start afresh
  }
  return new Map();
}

/** Writes the cache atomically (temporary file, then rename), an entry at a time: the cache of a whole archive is never one string in memory. */
export function writeCache(path: string, entries: Map<string, CacheEntry>): void {
  mkdirSync(dirname(path), { recursive: true });
  writeWhole(path, (tmp) => {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, `{"format":${JSON.stringify(FORMAT)},"entries":{`);
      let first = true;
      for (const [key, entry] of entries) {
        writeSync(fd, `${first ? '' : ','}${JSON.stringify(key)}:${JSON.stringify(entry)}`);
        first = false;
      }
      writeSync(fd, '}}');
    } finally {
      closeSync(fd);
    }
  });
}

/** The cache after a run: its results, plus entries of records it did not visit that still exist. */
export function updatedCache(before: Map<string, CacheEntry>, files: FileResult[], cwd: string): Map<string, CacheEntry> {
  const after = new Map<string, CacheEntry>();
  for (const f of files) if (f.cacheKey) after.set(f.path, { ...f.cacheKey, diagnostics: f.diagnostics });
  for (const [path, entry] of before) if (!after.has(path) && existsSync(resolve(cwd, path))) after.set(path, entry);
  return after;
}
