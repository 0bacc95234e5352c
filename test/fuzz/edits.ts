// Editor-side edit sequences for the text-synchronisation property: what an editor sends in
// didChange (incremental ranges in UTF-16 positions, several changes per event) over text with
// lone CRs, CRLF, LF and surrogate pairs, and the editor's own copy of the text to compare with.
import fc from 'fast-check';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** Line starts as LSP counts them: "\r\n", "\r" and "\n" each end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 13 || c === 10) starts.push(i + 1);
  }
  return starts;
}

export function positionAt(text: string, offset: number): { line: number; character: number } {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

/** Pieces that make line breaks meet: lone CRs, LFs, CRLF, and characters of two code units. */
export const EDIT_PIECES = ['\r', '\n', '\r\n', 'a', 'b: 1', ' ', 'Đ', '😀', '\uD83D', '\uDE00', 'x\r', '\ny', '\r\r\n', '\n\r'];

export interface EditStep {
  /** Where the change starts and ends, as fractions of the text (so any text can take them). */
  from: number;
  length: number;
  text: string;
}

const step: fc.Arbitrary<EditStep> = fc.record({
  from: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 6 }),
  text: fc.array(fc.constantFrom(...EDIT_PIECES), { maxLength: 4 }).map((p) => p.join('')),
});

export const editSequence = fc.record({
  start: fc.array(fc.constantFrom(...EDIT_PIECES), { maxLength: 12 }).map((p) => p.join('')),
  events: fc.array(fc.array(step, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 25 }),
});

/**
 * The editor's side of one change: a range that never falls between the "\r" and "\n" of one
 * line break (no position addresses it), the change event, and the editor's text after it.
 */
export function applyStep(text: string, s: EditStep): { change: TextDocumentContentChangeEvent; text: string } {
  const inside = (o: number) => o > 0 && text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10;
  let start = Math.floor(s.from * text.length);
  if (inside(start)) start--;
  let end = Math.min(text.length, start + s.length);
  if (inside(end)) end++;
  const change = { range: { start: positionAt(text, start), end: positionAt(text, end) }, text: s.text };
  return { change, text: text.slice(0, start) + s.text + text.slice(end) };
}
