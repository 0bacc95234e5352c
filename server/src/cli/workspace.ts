// A workspace's own data: .briefing/catalog.yaml and .briefing/people.yaml in the record's
// folder or the nearest parent that has a .briefing/ folder.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface WorkspaceFiles {
  root: string | undefined;
  catalog?: { path: string; text: string };
  people?: { path: string; text: string };
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

export function readWorkspace(root: string | undefined): WorkspaceFiles {
  if (!root) return { root };
  const read = (name: string) => {
    const path = join(root, '.briefing', name);
    return existsSync(path) ? { path, text: readFileSync(path, 'utf8') } : undefined;
  };
  return { root, catalog: read('catalog.yaml'), people: read('people.yaml') };
}
