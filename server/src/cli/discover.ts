// Turns the command line's files, folders and globs into the list of records to validate.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { globBase, globMatch, isGlob } from '../host/glob';

export const RECORD_PATTERN = /\.briefing\.ya?ml$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);

export class UsageError extends Error {}

/** A folder found while walking that could not be listed: reported for that folder, the walk goes on. */
export interface FolderProblem {
  path: string;
  message: string;
}

function walk(dir: string, out: string[], visit: (path: string) => boolean, problems: FolderProblem[], top = true): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    if (top) throw new UsageError(`${dir}: ${code}`);
    problems.push({ path: dir, message: `không đọc được thư mục / cannot read the folder (${code})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    const p = join(dir, ent.name);
    if (ent.isDirectory()) {
      if (!SKIP_DIRS.has(ent.name)) walk(p, out, visit, problems, false);
    } else if (visit(p)) {
      // Whatever its type (a FIFO, a symlink to a device…): reading decides, and reports it.
      out.push(p);
    }
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Files to validate, de-duplicated, in a stable order. Throws UsageError for missing paths;
 * sub-folders that cannot be listed are added to `problems`. A path that exists is taken as
 * named, even when it contains glob characters (`{`, `*`…); files named so are added to `explicit`. In a folder, `isRecord` says which
 * files are records (by default *.briefing.yaml|yml; the CLI passes its projects' `files` globs).
 */
export function discover(
  inputs: string[],
  cwd = process.cwd(),
  isRecord: (path: string) => boolean = (p) => RECORD_PATTERN.test(p),
  problems: FolderProblem[] = [],
  explicit: Set<string> = new Set(),
): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (isGlob(input) && !exists(resolve(cwd, input))) {
      const base = resolve(cwd, globBase(input));
      const found: string[] = [];
      try {
        walk(base, found, (p) => globMatch(input, relative(cwd, p).split('\\').join('/')), problems);
      } catch {
        throw new UsageError(`không tìm thấy / not found: ${input}`);
      }
      if (found.length === 0) throw new UsageError(`không có tệp nào khớp / no file matches: ${input}`);
      files.push(...found);
      continue;
    }
    const abs = resolve(cwd, input);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new UsageError(`không tìm thấy / not found: ${input}`);
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(abs, found, isRecord, problems);
      if (found.length === 0) throw new UsageError(`thư mục không có hồ sơ *.briefing.yaml / folder has no *.briefing.yaml records: ${input}`);
      files.push(...found);
    } else {
      files.push(abs); // named explicitly: validated whatever its name
      explicit.add(abs);
    }
  }
  return [...new Set(files)];
}
