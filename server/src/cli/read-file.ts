// Reading a record from disk: UTF-8 (a BOM is remembered and kept on write), or reported.
import { readFileSync } from 'node:fs';

export interface RecordFile {
  path: string;
  text: string;
  bom: boolean;
  /** False when the bytes are not valid UTF-8 (the text then holds U+FFFD where they were). */
  utf8: boolean;
}

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

export function readRecordFile(path: string): RecordFile {
  return decode(path, readFileSync(path));
}
