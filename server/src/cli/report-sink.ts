// Where the report goes: stdout or a file, in pieces of at most ~64 KB, so a report of any size
// is written without ever being one string.
import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_AT = 64 * 1024;

/** Writes `pieces` through `write`, batched. */
export function writeBatched(pieces: Iterable<string>, write: (s: string) => void): void {
  let buffer: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    buffer.push(piece);
    size += piece.length;
    if (size >= FLUSH_AT) {
      write(buffer.join(''));
      buffer = [];
      size = 0;
    }
  }
  if (size) write(buffer.join(''));
}

/** Writes `pieces` to `path` (a file, or a device such as /dev/stderr), as writeFileSync would. */
export function writeReportFile(path: string, pieces: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    writeBatched(pieces, (s) => {
      writeSync(fd, s);
    });
  } finally {
    closeSync(fd);
  }
}
