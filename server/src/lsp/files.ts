// File URIs, paths and the walk that finds records under a workspace folder. Only the local file
// system is read; folders named node_modules or .git are never entered.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

export async function readDiskFile(path: string): Promise<DiskFile | undefined> {
  try {
    const [text, st] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    return { text, mtimeMs: st.mtimeMs, size: st.size };
  } catch {
    return undefined;
  }
}
