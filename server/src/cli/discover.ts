// Turns the command line's files, folders and globs into the list of records to validate.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { globBase, globMatch, isGlob } from '../host/glob';

export const RECORD_PATTERN = /\.briefing\.ya?ml$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);

export class UsageError extends Error {}

function walk(dir: string, out: string[], visit: (path: string) => boolean): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new UsageError(`${dir}: ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    const p = join(dir, ent.name);
    if (ent.isDirectory()) {
      if (!SKIP_DIRS.has(ent.name)) walk(p, out, visit);
    } else if ((ent.isFile() || ent.isSymbolicLink()) && visit(p)) {
      out.push(p);
    }
  }
}

/**
 * Files to validate, de-duplicated, in a stable order. Throws UsageError for missing paths.
 * In a folder, `isRecord` says which files are records (by default *.briefing.yaml|yml; the CLI
 * passes its projects' `files` globs).
 */
export function discover(inputs: string[], cwd = process.cwd(), isRecord: (path: string) => boolean = (p) => RECORD_PATTERN.test(p)): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (isGlob(input)) {
      const base = resolve(cwd, globBase(input));
      const found: string[] = [];
      try {
        walk(base, found, (p) => globMatch(input, relative(cwd, p).split('\\').join('/')));
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
      walk(abs, found, isRecord);
      if (found.length === 0) throw new UsageError(`thư mục không có hồ sơ *.briefing.yaml / folder has no *.briefing.yaml records: ${input}`);
      files.push(...found);
    } else {
      files.push(abs); // named explicitly: validated whatever its name
    }
  }
  return [...new Set(files)];
}
