// A workspace's own data: .briefing/catalog.yaml and .briefing/people.yaml in the record's
// folder or the nearest parent that has a .briefing/ folder.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readRecordFile } from './read-file';

export interface WorkspaceFile {
  path: string;
  /** The text, or undefined when the file could not be read (`problem` says why). */
  text?: string;
  problem?: string;
}

export interface WorkspaceFiles {
  root: string | undefined;
  catalog?: WorkspaceFile;
  people?: WorkspaceFile;
}

const rootCache = new Map<string, string | undefined>();

export function workspaceRootFor(file: string): string | undefined {
  let dir = dirname(file);
  const visited: string[] = [];
  for (let i = 0; i < 64; i++) {
    if (rootCache.has(dir)) {
      const r = rootCache.get(dir);
      for (const v of visited) rootCache.set(v, r);
      return r;
    }
    visited.push(dir);
    if (existsSync(join(dir, '.briefing'))) {
      for (const v of visited) rootCache.set(v, dir);
      return dir;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  for (const v of visited) rootCache.set(v, undefined);
  return undefined;
}

/** The workspace's data files; one that cannot be read is returned with its problem, not thrown. */
export function readWorkspace(root: string | undefined, limit?: number): WorkspaceFiles {
  if (!root) return { root };
  const read = (name: string): WorkspaceFile | undefined => {
    const path = join(root, '.briefing', name);
    if (!existsSync(path)) return undefined;
    try {
      return { path, text: readRecordFile(path, limit).text };
    } catch (e) {
      return { path, problem: (e as Error).message };
    }
  };
  return { root, catalog: read('catalog.yaml'), people: read('people.yaml') };
}
