// The one way the CLI and the server read a file from disk (records, catalogs, people registry,
// configuration). A repository can hold anything a file name can point at: a named pipe that
// blocks a reader forever, a symlink to /dev/zero that never ends, a folder where a file was
// expected. Only regular files (after symlinks are resolved) are read, and never more than a cap;
// anything else is a ReadProblem for that file, never a hang or a crash.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/** Default cap on the bytes of one file: far above any real record (the largest seed is 6 KB). */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_SIZE_ENV = 'BRIEFING_MAX_FILE_SIZE';

export type ReadProblem = { kind: 'not-regular'; what: string } | { kind: 'too-large'; limit: number } | { kind: 'io'; code: string };

export type ReadResult = { ok: true; bytes: Buffer; mtimeMs: number } | { ok: false; problem: ReadProblem };

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer before the type of
// the file can even be checked. Regular files ignore the flag.
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'FIFO';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'special file';
}

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
}

/** Reads a regular file of at most `limit` bytes; never blocks on a pipe or reads without end. */
export function readFileSafe(path: string, limit = DEFAULT_MAX_FILE_BYTES): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, FLAGS);
  } catch (e) {
    return { ok: false, problem: errorCode(e) === 'EISDIR' ? { kind: 'not-regular', what: 'directory' } : { kind: 'io', code: errorCode(e) } };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, problem: { kind: 'not-regular', what: kindOf(st) } };
    if (st.size > limit) return { ok: false, problem: { kind: 'too-large', limit } };
    // The size can change while reading: read at most one byte more than the cap to know.
    const buf = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(st.size + 1, 64 * 1024)));
    let n = 0;
    for (;;) {
      if (n === buf.length) break;
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    if (n > limit) return { ok: false, problem: { kind: 'too-large', limit } };
    return { ok: true, bytes: buf.subarray(0, n), mtimeMs: st.mtimeMs };
  } catch (e) {
    return { ok: false, problem: { kind: 'io', code: errorCode(e) } };
  } finally {
    closeSync(fd);
  }
}

/** The same as readFileSafe, without blocking the event loop (the language server). */
export async function readFileSafeAsync(path: string, limit = DEFAULT_MAX_FILE_BYTES): Promise<ReadResult> {
  let fh;
  try {
    fh = await open(path, FLAGS);
  } catch (e) {
    return { ok: false, problem: errorCode(e) === 'EISDIR' ? { kind: 'not-regular', what: 'directory' } : { kind: 'io', code: errorCode(e) } };
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) return { ok: false, problem: { kind: 'not-regular', what: kindOf(st) } };
    if (st.size > limit) return { ok: false, problem: { kind: 'too-large', limit } };
    const buf = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(st.size + 1, 64 * 1024)));
    let n = 0;
    while (n < buf.length) {
      const { bytesRead } = await fh.read(buf, n, buf.length - n, null);
      if (bytesRead === 0) break;
      n += bytesRead;
    }
    if (n > limit) return { ok: false, problem: { kind: 'too-large', limit } };
    return { ok: true, bytes: buf.subarray(0, n), mtimeMs: st.mtimeMs };
  } catch (e) {
    return { ok: false, problem: { kind: 'io', code: errorCode(e) } };
  } finally {
    await fh.close().catch(() => undefined);
  }
}

/** "10 MiB", "512 KiB", "300 B". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} B`;
}

/**
 * A size as users write it: bytes ("1048576") or with a unit ("20MB", "20M", "512k", "1GiB");
 * K/M/G are powers of 1024. Undefined when it is not a positive size.
 */
export function parseByteSize(raw: string | number): number | undefined {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw > 0 ? raw : undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|b)?\s*$/i.exec(raw);
  if (!m) return undefined;
  const scale = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase() as 'k' | 'm' | 'g'] ?? 1;
  const n = Math.round(Number(m[1]) * scale);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/**
 * The problem in words, Vietnamese then English; `raise` says how to raise the cap in this face
 * (a CLI option, a server setting).
 */
export function describeReadProblem(p: ReadProblem, raise: { vi: string; en: string }): string {
  switch (p.kind) {
    case 'not-regular': {
      const vi: Record<string, string> = { directory: 'một thư mục', FIFO: 'một đường ống (FIFO)', device: 'một thiết bị', socket: 'một socket' };
      return `không phải tệp thông thường mà là ${vi[p.what] ?? 'một tệp đặc biệt'}, không đọc / not a regular file but a ${p.what}, not read`;
    }
    case 'too-large': {
      const cap = formatBytes(p.limit);
      return `tệp lớn hơn giới hạn ${cap}, không đọc (nâng giới hạn bằng ${raise.vi}) / file larger than the ${cap} limit, not read (raise it with ${raise.en})`;
    }
    default:
      return `không đọc được / cannot read (${p.code})`;
  }
}
