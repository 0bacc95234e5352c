// The properties every input must keep, as functions that return a list of broken promises
// (empty when all hold), so a fuzz test can report exactly what went wrong for which text.
import { isDeepStrictEqual } from 'node:util';
import { Parser } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Engine, Range, TextEdit } from '../../server/src/engine';
import { applyEdits, fixAll, parseRecord } from '../../server/src/engine';
import { fixPassEdits, preferredEdits } from '../../server/src/engine/fixes';

/** Lines as an LSP client counts them: \r\n, \r and \n all end a line. */
export function lspLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function inside(lines: string[], r: Range, what: string, out: string[]): void {
  for (const p of [r.start, r.end]) {
    if (!(p.line >= 0 && p.line < lines.length)) out.push(`${what}: line ${p.line} outside 0..${lines.length - 1}`);
    else if (!(p.character >= 0 && p.character <= lines[p.line].length))
      out.push(`${what}: character ${p.character} outside line ${p.line} of length ${lines[p.line].length}`);
  }
  if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character))
    out.push(`${what}: start after end ${JSON.stringify(r)}`);
}

/** Every range (diagnostic, related, fix edit) lies inside the document and starts before it ends. */
export function rangeProblems(text: string, diagnostics: readonly Diagnostic[]): string[] {
  const lines = lspLines(text);
  const out: string[] = [];
  for (const d of diagnostics) {
    inside(lines, d.range, d.code, out);
    for (const r of d.related ?? []) inside(lines, r.range, `${d.code} related`, out);
    for (const f of d.fixes ?? []) for (const e of f.edits) inside(lines, e.range, `${d.code} fix "${f.title}"`, out);
  }
  return out;
}

/** Diagnostics as plain data, for comparing two engines. */
export function comparable(ds: readonly Diagnostic[]): unknown {
  return JSON.parse(JSON.stringify(ds));
}

export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return isDeepStrictEqual(comparable(a), comparable(b));
}

function syntaxErrorCount(text: string): number {
  return parseRecord(text).problems.length;
}

/** The comments of a text with their offsets, from the YAML parser's concrete syntax tree. */
export function comments(text: string): { offset: number; source: string }[] {
  const out: { offset: number; source: string }[] = [];
  const stack: unknown[] = [...new Parser().parse(text)];
  while (stack.length) {
    const t = stack.pop();
    if (!t || typeof t !== 'object') continue;
    const tok = t as { type?: string; offset?: number; source?: string };
    if (tok.type === 'comment' && typeof tok.offset === 'number' && typeof tok.source === 'string') out.push({ offset: tok.offset, source: tok.source });
    for (const v of Object.values(t)) if (v && typeof v === 'object') stack.push(v);
  }
  return out;
}

/** The non-overlapping subset of edits, in the order applyEdits keeps them, by LSP offsets. */
function keptEdits(doc: TextDocument, edits: readonly TextEdit[]): TextEdit[] {
  const spans = edits
    .map((e) => ({ e, start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue;
    out.push(s.e);
    pos = s.end;
  }
  return out;
}

/** Myers' diff on lines: the indexes of the original lines that do not survive unchanged. */
export function changedLines(a: string[], b: string[]): number[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Map<number, number>([[1, 0]]);
  const trace: Map<number, number>[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1)) ? (v.get(k + 1) ?? 0) : (v.get(k - 1) ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v.set(k, x);
      if (x >= n && y >= m) break outer;
    }
  }
  // Walk back to find which lines of `a` are on the diagonal (kept).
  const kept = new Set<number>();
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && (vd.get(k - 1) ?? -1) < (vd.get(k + 1) ?? -1)) ? k + 1 : k - 1;
    const prevX = vd.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      kept.add(--x);
      y--;
    }
    if (d > 0) {
      x = prevX;
      y = prevY;
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (!kept.has(i)) out.push(i);
  return out;
}

export interface FixReport {
  problems: string[];
  passes: number;
  fixed: string;
}

/**
 * Applies all preferred fixes pass by pass as `fixAll` does and checks each pass: an LSP client
 * applying the same edits gets the same text; the only lines that change are lines an edit
 * covers; comments survive; no new syntax error; and at the end nothing preferred is left.
 */
export function fixProblems(engine: Engine, text: string, uri = 'fuzz.briefing.yaml'): FixReport {
  const problems: string[] = [];
  const validate = (t: string) => engine.check(t, uri);
  let cur = text;
  let passes = 0;
  for (; passes < 5; passes++) {
    const edits = fixPassEdits(cur, validate(cur));
    if (edits.length === 0) break;
    const next = applyEdits(cur, edits);
    const doc = TextDocument.create('fuzz:/x', 'yaml', 0, cur);
    const kept = keptEdits(doc, edits);
    const byClient = TextDocument.applyEdits(doc, kept);
    if (byClient !== next) problems.push(`pass ${passes + 1}: an LSP client applying the edits gets a different text`);
    const touched = (line: number) => kept.some((e) => e.range.start.line <= line && line <= e.range.end.line);
    const outside = changedLines(lspLines(cur), lspLines(next)).filter((l) => !touched(l));
    if (outside.length) problems.push(`pass ${passes + 1}: lines ${outside.join(', ')} changed outside every edit`);
    // A comment that no edit touches survives, even on a line an edit changes.
    const spans = kept.map((e) => [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)]);
    for (const c of comments(cur)) {
      const end = c.offset + c.source.length;
      if (spans.some(([s, e]) => s < end && c.offset < e) || next.includes(c.source)) continue;
      problems.push(`pass ${passes + 1}: comment lost: ${c.source}`);
    }
    if (next === cur) break;
    cur = next;
  }
  const left = preferredEdits(validate(cur));
  if (left.length) problems.push(`still ${left.length} preferred edit(s) after ${passes} passes`);
  const viaFixAll = fixAll(text, validate).text;
  if (viaFixAll !== cur) problems.push('fixAll gives another text than pass-by-pass application');
  const before = syntaxErrorCount(text);
  const after = syntaxErrorCount(cur);
  if (after > before) problems.push(`fixes added parse problems: ${before} → ${after}`);
  return { problems, passes, fixed: cur };
}

/** Milliseconds one check of a text takes on an engine. */
export function timedCheck(engine: Engine, text: string, uri = 'fuzz.briefing.yaml'): { diagnostics: Diagnostic[]; ms: number } {
  const t = performance.now();
  const diagnostics = engine.check(text, uri);
  return { diagnostics, ms: performance.now() - t };
}
