// Temporary workspace folders for the language server tests: a copy of samples/ plus the files a
// test adds, removed again after the test.
import { cpSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPO = resolve(__dirname, '..', '..', '..');
export const SAMPLES = join(REPO, 'samples');

export interface TempWorkspace {
  dir: string;
  uri: string;
  path(rel: string): string;
  uriOf(rel: string): string;
  write(rel: string, text: string): string;
  read(rel: string): string;
  remove(): void;
}

export function makeWorkspace(files: Record<string, string> = {}, options: { samples?: boolean } = {}): TempWorkspace {
  const dir = makeTempDir('briefing-lsp');
  if (options.samples !== false) cpSync(SAMPLES, dir, { recursive: true, filter: (src) => !src.includes(`${join(SAMPLES, 'invalid')}`) });
  const ws: TempWorkspace = {
    dir,
    uri: pathToFileURL(dir).href,
    path: (rel) => join(dir, rel),
    uriOf: (rel) => pathToFileURL(join(dir, rel)).href,
    write(rel, text) {
      const p = join(dir, rel);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, text);
      return pathToFileURL(p).href;
    },
    read: (rel) => readFileSync(join(dir, rel), 'utf8'),
    remove: () => removeTempDir(dir),
  };
  for (const [rel, text] of Object.entries(files)) ws.write(rel, text);
  return ws;
}

export function sample(name: string): string {
  return readFileSync(join(SAMPLES, name), 'utf8');
}
