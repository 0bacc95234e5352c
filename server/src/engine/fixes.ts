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

/** The safe fix of each diagnostic, leaving out any that clashes with one taken before it. */
function preferredFixes(diagnostics: readonly Diagnostic[]): TextEdit[][] {
  const out: TextEdit[][] = [];
  const taken: TextEdit[] = [];
  for (const d of diagnostics) {
    const fix = d.fixes?.find(isSafeFix);
    if (!fix || fix.edits.some((e) => taken.some((t) => clash(e, t)))) continue;
    taken.push(...fix.edits);
    out.push(fix.edits);
  }
  return out;
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
