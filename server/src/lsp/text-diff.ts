// One minimal edit turning `before` into `after` (common prefix and suffix kept), so applying a
// whole-document fix does not move the cursor or reset folding in the editor.
import { LineIndex, type TextEdit } from '../engine';

function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const prev = text.charCodeAt(offset - 1);
  const next = text.charCodeAt(offset);
  return (prev === 13 && next === 10) || (prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff);
}

export function minimalEdit(before: string, after: string, lines = new LineIndex(before)): TextEdit | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  while (start > 0 && (splitsPair(before, start) || splitsPair(after, start))) start--;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  while ((endB < before.length && splitsPair(before, endB)) || (endA < after.length && splitsPair(after, endA))) {
    endB++;
    endA++;
  }
  return { range: { start: lines.positionAt(start), end: lines.positionAt(endB) }, newText: after.slice(start, endA) };
}
