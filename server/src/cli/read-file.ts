// Reading a record from disk: UTF-8 (a BOM is remembered and kept on write), or reported.
// The bytes come from host/read-file.ts: regular files only, never more than the size cap.
import { describeReadProblem, readFileSafe } from '../host/read-file';

export interface RecordFile {
  path: string;
  text: string;
  bom: boolean;
  /** False when the bytes are not valid UTF-8 (the text then holds U+FFFD where they were). */
  utf8: boolean;
}

/** How a CLI user raises the size cap, named in the message of a file above it. */
export const RAISE_CAP = { vi: '--max-file-size hoặc BRIEFING_MAX_FILE_SIZE', en: '--max-file-size or BRIEFING_MAX_FILE_SIZE' };

/** A file that could not be read; the message names the file's problem, Vietnamese then English. */
export class ReadError extends Error {}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decode(path: string, bytes: Uint8Array): RecordFile {
  let text: string;
  let utf8 = true;
  try {
    text = strict.decode(bytes);
  } catch {
    text = lenient.decode(bytes);
    utf8 = false;
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { path, text: bom ? text.slice(1) : text, bom, utf8 };
}

/** Throws ReadError for a file that is not a regular file, is above `limit` bytes, or fails. */
export function readRecordFile(path: string, limit?: number): RecordFile {
  const r = readFileSafe(path, limit);
  if (!r.ok) throw new ReadError(describeReadProblem(r.problem, RAISE_CAP));
  return decode(path, r.bytes);
}
