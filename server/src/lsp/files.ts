// File URIs, paths and the walk that finds records under a workspace folder. Only the local file
// system is read; folders named node_modules or .git are never entered.
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describeReadProblem, readFileSafeAsync } from '../host/read-file';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);
/** A safety bound: a folder with more records than this is walked only this far. */
export const MAX_RECORDS_PER_FOLDER = 20_000;

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/**
 * One key per file whatever the URI's spelling: editors and Node percent-encode file URIs
 * differently (e.g. "file:///c%3A/" vs "file:///C:/"), so file URIs are keyed by their path.
 */
export function fileKey(uri: string): string {
  const path = uriToPath(uri);
  if (path === undefined) return uri;
  return process.platform === 'win32' ? path.toLowerCase() : path;
}

/** Path relative to a folder with "/" separators, or undefined when outside it. */
export function relativeTo(folder: string, path: string): string | undefined {
  const rel = relative(folder, path);
  if (rel === '' || rel.startsWith('..') || rel.includes(':')) return undefined;
  return rel.split(sep).join('/');
}

/** The records under a folder: files `isRecord` accepts (the project's or the setting's globs). */
export async function findRecords(folder: string, isRecord: (path: string) => boolean, isCancelled: () => boolean = () => false): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    if (isCancelled() || out.length >= MAX_RECORDS_PER_FOLDER) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folder: skip it
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) await walk(p);
      } else if (e.isFile()) {
        if (isRecord(p) && out.length < MAX_RECORDS_PER_FOLDER) out.push(p);
      }
    }
  };
  await walk(folder);
  return out;
}

export interface DiskFile {
  text: string;
  mtimeMs: number;
  size: number;
}

/** How an editor user raises the size cap, named in the message of a file above it. */
export const RAISE_CAP_SETTING = { vi: 'thiết lập briefing.maxFileSize', en: 'the briefing.maxFileSize setting' };
const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * A file from disk through the one safe read (regular files only, at most `limit` bytes):
 * undefined when it does not exist, `{ problem }` when it cannot be read (a FIFO, a folder, above
 * the cap), never a wait on a pipe.
 */
export async function readDiskFile(path: string, limit?: number): Promise<DiskFile | { problem: string } | undefined> {
  const r = await readFileSafeAsync(path, limit);
  if (r.ok) return { text: utf8.decode(r.bytes), mtimeMs: r.mtimeMs, size: r.bytes.length };
  if (r.problem.kind === 'io' && (r.problem.code === 'ENOENT' || r.problem.code === 'ENOTDIR')) return undefined;
  return { problem: describeReadProblem(r.problem, RAISE_CAP_SETTING) };
}

/**
 * Reads files in order, the next few already being read while the caller works on one (a scan
 * summarises each record in order: the disk works meanwhile). Yields each path with what
 * `readDiskFile` gave.
 */
export async function* readDiskFilesInOrder(
  paths: readonly string[],
  limit?: number,
  ahead = 8,
): AsyncGenerator<[string, Awaited<ReturnType<typeof readDiskFile>>]> {
  const reads: ReturnType<typeof readDiskFile>[] = [];
  for (let i = 0; i < paths.length; i++) {
    while (reads.length < ahead && i + reads.length < paths.length) reads.push(readDiskFile(paths[i + reads.length], limit));
    yield [paths[i], await reads.shift()!];
  }
}
