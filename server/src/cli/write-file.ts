// Atomic writes for --fix: write a temporary file in the same folder, keep the mode and owner,
// rename it over the original. Symlinks are written through to their target. A read-only file
// is refused even for root (who may write anything). On any failure the original is untouched
// and the temporary file is removed.
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  accessSync,
  constants,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface FsOps {
  openSync: typeof openSync;
  /** Writes some of `data`, returning how many bytes (as fs.writeSync: a short write is allowed). */
  writeSync: (fd: number, data: Uint8Array) => number;
  fsyncSync: typeof fsyncSync;
  closeSync: typeof closeSync;
  renameSync: typeof renameSync;
  unlinkSync: typeof unlinkSync;
}

const realFs: FsOps = { openSync, writeSync: (fd, data) => writeSync(fd, data), fsyncSync, closeSync, renameSync, unlinkSync };

function writeAll(fs: FsOps, fd: number, content: string): void {
  const bytes = Buffer.from(content, 'utf8');
  for (let off = 0; off < bytes.length;) {
    const n = fs.writeSync(fd, bytes.subarray(off));
    if (!(n > 0)) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
    off += n;
  }
}

export function writeFileAtomic(path: string, content: string, fs: FsOps = realFs): void {
  const target = realpathSync(path);
  const st = statSync(target);
  if ((st.mode & 0o222) === 0) throw Object.assign(new Error(`read-only file: ${target}`), { code: 'EACCES' });
  accessSync(target, constants.W_OK);
  const mode = st.mode & 0o7777;
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', mode);
    fchmodSync(fd, mode); // the umask must not change the file's mode
    try {
      fchownSync(fd, st.uid, st.gid); // root fixing another user's file must not take it over
    } catch {
      /* only root may give a file away; anyone else writes their own files */
    }
    writeAll(fs, fd, content);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        /* already failing */
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* nothing to remove */
    }
    throw e;
  }
}

/**
 * A file written whole or not at all: `write` fills a temporary file beside `path`, which is then
 * renamed over it; on any failure the temporary file is removed and `path` is as it was.
 */
export function writeWhole(path: string, write: (tmp: string) => void): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    write(tmp);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing was written */
    }
    throw e;
  }
}
