// Applying fixes to text. "Fix all" applies every safe fix (the kind comes from the rule's
// `fixes` metadata) whose edits do not overlap an earlier one and that adds no parse problem,
// re-validates, and repeats until nothing is left to fix (bounded passes).
import type { Diagnostic, Fix, TextEdit } from './types';
import { LineIndex } from './text/lines';
import { parseRecord } from './parse/parse-record';

/** Applies non-overlapping edits (by position) to a text. Overlapping later edits are skipped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue; // overlaps the previous edit
    out += text.slice(pos, s.start) + s.text;
    pos = s.end;
  }
  return out + text.slice(pos);
}

/** The one test of what --fix and "fix all" may apply without asking. */
export function isSafeFix(fix: Fix): boolean {
  return fix.kind === 'safe' && !fix.snippet;
}

/** The edits of every safe fix, without clashes (a valid LSP edit list). */
export function preferredEdits(diagnostics: readonly Diagnostic[]): TextEdit[] {
  return preferredFixes(diagnostics).flat();
}

const cmp = (a: TextEdit['range']['start'], b: TextEdit['range']['start']) => a.line - b.line || a.character - b.character;

/** Edits clash when they share text; inserts at the same point do not (their order is kept). */
function clash(a: TextEdit, b: TextEdit): boolean {
  return cmp(a.range.start, b.range.end) < 0 && cmp(b.range.start, a.range.end) < 0;
}

/**
 * The safe fix of each diagnostic, leaving out any that clashes with one taken before it.
 * Taken edits are kept sorted by start and a new edit is checked against its neighbours only
 * (a binary search, not every edit taken: 20,000 fixable problems must not cost 20,000²).
 */
function preferredFixes(diagnostics: readonly Diagnostic[]): TextEdit[][] {
  const out: TextEdit[][] = [];
  const taken: TextEdit[] = [];
  /** The number of taken edits that start before `at` (binary search). */
  const before = (at: TextEdit['range']['start']): number => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(taken[mid].range.start, at) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // A fix whose own edits overlap (none does today) breaks the order the search relies on:
  // from then on every taken edit is checked.
  let ordered = true;
  const clashesWithTaken = (e: TextEdit): boolean => {
    if (!ordered) return taken.some((t) => clash(e, t));
    for (let i = before(e.range.end) - 1; i >= 0; i--) {
      const t = taken[i];
      if (clash(e, t)) return true;
      // Non-empty taken edits never clash, so their ends are in order too: once one ends before
      // e starts, so do all earlier ones. (Empty inserts can sit anywhere: they are stepped over.)
      if (cmp(t.range.start, t.range.end) !== 0 && cmp(t.range.end, e.range.start) <= 0) return false;
    }
    return false;
  };
  for (const d of diagnostics) {
    const fix = d.fixes?.find(isSafeFix);
    if (!fix || fix.edits.some(clashesWithTaken)) continue;
    if (fix.edits.some((e, i) => fix.edits.some((f, j) => i !== j && clash(e, f)))) ordered = false;
    // After the taken edits that start at the same place: inserts there keep their order.
    for (const e of fix.edits) taken.splice(before(e.range.start) + countAt(taken, before(e.range.start), e.range.start), 0, e);
    out.push(fix.edits);
  }
  return out;
}

/** How many edits from `i` on start exactly at `at`. */
function countAt(edits: readonly TextEdit[], i: number, at: TextEdit['range']['start']): number {
  let n = 0;
  while (i + n < edits.length && cmp(edits[i + n].range.start, at) === 0) n++;
  return n;
}

type ProblemCount = (text: string) => number;

function parseProblemCount(text: string): number {
  return parseRecord(text).problems.length;
}

/** Counts parse problems, remembering the texts of the last pass: the text a pass produces is the next pass's input. */
function problemCounter(): ProblemCount {
  let known = new Map<string, number>();
  return (text) => {
    let n = known.get(text);
    if (n === undefined) {
      n = parseProblemCount(text);
      if (known.size > 8) known = new Map();
      known.set(text, n);
    }
    return n;
  };
}

const isInsertion = (edits: TextEdit[]) => edits.every((e) => e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character);

/**
 * The edits of one pass. Two fixes can each be right alone and wrong together — one renames a
 * misspelt key to "end", another adds the "end" it found missing — so when all of them together
 * add a parse problem (a duplicate key), they are taken one by one, corrections before
 * insertions, and any that would add a problem is left out.
 */
export function fixPassEdits(text: string, diagnostics: readonly Diagnostic[], count: ProblemCount = parseProblemCount): TextEdit[] {
  const fixes = preferredFixes(diagnostics);
  const all = fixes.flat();
  if (all.length === 0) return all;
  const base = count(text);
  if (count(applyEdits(text, all)) <= base) return all;
  let edits: TextEdit[] = [];
  for (const fix of [...fixes.filter((f) => !isInsertion(f)), ...fixes.filter(isInsertion)]) {
    const trial = [...edits, ...fix];
    if (count(applyEdits(text, trial)) <= base) edits = trial;
  }
  return edits;
}

/**
 * Applies all safe fixes until a fixed point: returns the new text and how many passes ran.
 * `validate` is the engine's validation of a text.
 */
export function fixAll(text: string, validate: (text: string) => readonly Diagnostic[], maxPasses = 5): { text: string; passes: number; applied: number } {
  let cur = text;
  let applied = 0;
  const count = problemCounter();
  for (let pass = 1; pass <= maxPasses; pass++) {
    const edits = fixPassEdits(cur, validate(cur), count);
    if (edits.length === 0) return { text: cur, passes: pass - 1, applied };
    const next = applyEdits(cur, edits);
    if (next === cur) return { text: cur, passes: pass - 1, applied };
    applied += edits.length;
    cur = next;
  }
  return { text: cur, passes: maxPasses, applied };
}
