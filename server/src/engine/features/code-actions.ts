// Code actions: each fix of each diagnostic under the cursor, and one "fix all" that applies
// every preferred fix of the file whose edits do not overlap an earlier one.
import type { ParsedRecord } from '../parse/parse-record';
import type { Diagnostic, Range, TextEdit } from '../types';
import { format } from '../i18n';
import type { CodeAction, FeatureOptions } from './types';

const FIX_ALL = { vi: 'Sửa tất cả lỗi có thể sửa tự động trong tệp', en: 'Fix all auto-fixable problems in this file' };

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** The preferred fixes of all diagnostics, dropping any fix that touches text an earlier one edits. */
export function fixAllEdits(record: ParsedRecord, diagnostics: readonly Diagnostic[]): { edits: TextEdit[]; fixed: Diagnostic[] } {
  const taken: [number, number][] = [];
  const out: TextEdit[] = [];
  const fixed: Diagnostic[] = [];
  for (const d of diagnostics) {
    const fix = d.fixes?.find((f) => f.preferred && !f.snippet);
    if (!fix) continue;
    const spans = fix.edits.map((e) => [record.lines.offsetAt(e.range.start), record.lines.offsetAt(e.range.end)] as [number, number]);
    // Two edits clash when they share text, or insert at the same point.
    const clash = spans.some(([s, e]) => taken.some(([ts, te]) => (s < te && ts < e) || (s === ts && (s === e || ts === te))));
    if (clash) continue;
    taken.push(...spans);
    out.push(...fix.edits);
    fixed.push(d);
  }
  return { edits: out, fixed };
}

/**
 * Actions for `range`. `diagnostics` are all the diagnostics of the record (as validate returns
 * them): quick fixes come from those overlapping `range`, "fix all" from every one of them.
 */
export function codeActions(record: ParsedRecord, range: Range, diagnostics: readonly Diagnostic[], options: FeatureOptions = {}): CodeAction[] {
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
  const all = fixAllEdits(record, diagnostics);
  if (all.edits.length) out.push({ title: format(FIX_ALL, options.locale ?? 'vi'), kind: 'source.fixAll', diagnostics: all.fixed, edits: all.edits });
  return out;
}
