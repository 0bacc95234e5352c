// The fix pass shared by --fix and the editor's "fix all" takes each diagnostic's preferred fix
// unless it clashes with one taken before. It finds clashes by binary search (a record with
// 20,000 fixable problems made the pairwise check quadratic): the same choice as checking every
// pair, on random edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { preferredEdits } from '../../server/src/engine/fixes';
import type { Diagnostic, TextEdit } from '../../server/src/engine';

const pos = (o: number) => ({ line: Math.floor(o / 10), character: o % 10 });
const edit = (start: number, end: number, newText: string): TextEdit => ({ range: { start: pos(start), end: pos(end) }, newText });
const diag = (edits: TextEdit[]): Diagnostic => ({
  range: edits[0].range,
  severity: 2,
  code: 'x',
  message: 'x',
  source: 'briefing',
  fixes: [{ title: 'x', edits, kind: 'safe', preferred: true }],
});

/** Every pair, as the pass did before. */
function reference(diagnostics: Diagnostic[]): TextEdit[] {
  const cmp = (a: TextEdit['range']['start'], b: TextEdit['range']['start']) => a.line - b.line || a.character - b.character;
  const clash = (a: TextEdit, b: TextEdit) => cmp(a.range.start, b.range.end) < 0 && cmp(b.range.start, a.range.end) < 0;
  const taken: TextEdit[] = [];
  const out: TextEdit[] = [];
  for (const d of diagnostics) {
    const fix = d.fixes!.find((f) => f.kind === 'safe' && !f.snippet)!;
    if (fix.edits.some((e) => taken.some((t) => clash(e, t)))) continue;
    taken.push(...fix.edits);
    out.push(...fix.edits);
  }
  return out;
}

const anEdit = fc.tuple(fc.nat({ max: 60 }), fc.nat({ max: 6 }), fc.constantFrom('', 'a', 'bb')).map(([s, l, t]) => edit(s, s + l, t));

test('the fix pass takes the same fixes as the pairwise check', () => {
  fc.assert(
    fc.property(fc.array(fc.array(anEdit, { minLength: 1, maxLength: 3 }), { maxLength: 40 }), (fixes) => {
      const ds = fixes.map(diag);
      assert.deepEqual(preferredEdits(ds), reference(ds));
    }),
    { seed: 20200226, numRuns: 3000 },
  );
});

test('20,000 fixable problems, with inserts at the same places, in one pass', () => {
  const ds: Diagnostic[] = [];
  for (let i = 0; i < 20_000; i++) {
    ds.push(diag([edit(i * 10, i * 10 + 3, 'Đ')]));
    if (i % 3 === 0) ds.push(diag([edit(i * 10 + 5, i * 10 + 5, 'x')]), diag([edit(i * 10 + 4, i * 10 + 6, 'clash')]));
  }
  const taken = preferredEdits(ds);
  assert.equal(taken.length, 20_000 + Math.ceil(20_000 / 3));
  assert.equal(taken.filter((e) => e.newText === 'clash').length, 0);
});
