// Code actions: each fix of each diagnostic under the cursor, and one "fix all" whose result is
// the text --fix writes (the fix policy of fix.ts, to a fixed point), sent as one edit.
import type { ParsedRecord } from '../parse/parse-record';
import type { Diagnostic, Range } from '../types';
import { replacementEdit } from '../fix';
import { isSafeFix } from '../fixes';
import { format } from '../i18n';
import type { CodeAction, CodeActionOptions } from './types';

const FIX_ALL = { vi: 'Sửa tất cả lỗi có thể sửa tự động trong tệp', en: 'Fix all auto-fixable problems in this file' };

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/**
 * Actions for `range`. `diagnostics` are all the diagnostics of the record (as validate returns
 * them): quick fixes come from those overlapping `range`, "fix all" from every one of them.
 */
export function codeActions(
  record: ParsedRecord,
  range: Range,
  diagnostics: readonly Diagnostic[],
  options: CodeActionOptions = {},
  fixedText?: string,
): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (!d.fixes?.length || !overlaps(d.range, range)) continue;
    for (const f of d.fixes) {
      const a: CodeAction = { title: f.title, kind: 'quickfix', diagnostics: [d], edits: f.edits };
      if (f.snippet) a.snippet = true;
      if (f.preferred) a.isPreferred = true;
      out.push(a);
    }
  }
  const title = format(FIX_ALL, options.locale ?? 'vi');
  if (options.deferFixAll) {
    if (diagnostics.some((d) => d.fixes?.some(isSafeFix))) out.push({ title, kind: 'source.fixAll', diagnostics: [], edits: [], deferred: true });
    return out;
  }
  // Byte for byte what --fix writes: every pass to a fixed point, as one replacement edit.
  const edits = fixedText === undefined ? [] : replacementEdit(record.text, fixedText);
  if (edits.length) {
    const fixed = diagnostics.filter((d) => d.fixes?.some(isSafeFix));
    out.push({ title, kind: 'source.fixAll', diagnostics: fixed, edits });
  }
  return out;
}
