// Automatic fixes never change a fact. Every fix every rule offers on every invalid sample (and
// on generated variants of the valid records) is applied on its own: a fix that changes what a
// reader would call a fact must be one the user picks (not preferred), and --fix (fixAll, the
// CLI's and the editor's fix-all pass) leaves every fact of every record as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { newEngine, read, SAMPLES, BASE } from '../helpers/engine';
import { applyEdits, fixAll } from '../../server/src/engine';
import { changedFacts } from '../helpers/facts';

const engine = newEngine();
engine.setPeopleRegistry(read(join(SAMPLES, '.briefing', 'people.yaml')));
const check = (text: string) => engine.check(text, 'fix.briefing.yaml');
const invalid = readdirSync(join(SAMPLES, 'invalid'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const valid = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.briefing.yaml'))
  .sort();

test('the fact comparison tells a different fact from the same fact written another way', () => {
  const same = (from: string, to: string) => changedFacts(engine, BASE.replace(from, to), BASE);
  assert.deepEqual(same('value: 1457', 'value: 1.457'), []);
  assert.deepEqual(same('rank: Đại tướng', 'rank: dai tuong'), []);
  assert.deepEqual(same('date: 2020-02-26', 'date: 26-2'), []);
  assert.deepEqual(same('    - Bộ trưởng Bộ Công an', '    - Bộ trưởng Công an'), []);
  assert.deepEqual(same('  rank:', '  rnak:'), []);
  assert.deepEqual(changedFacts(engine, BASE, BASE.replace('rank: Đại tướng', 'rank: Thượng tướng')), ['chair.rank: Đại tướng → Thượng tướng']);
  assert.deepEqual(changedFacts(engine, BASE, BASE.replace('value: 1457', 'value: 1458')), ['statistics.0.value: 1457 → 1458']);
  const province = BASE.replace('    unit: vụ\n', '    unit: vụ\n    scope: Công an tỉnh Thái Bình\n');
  assert.deepEqual(changedFacts(engine, province, province.replace('Thái Bình', 'Hưng Yên')), [
    'statistics.0.scope: Công an tỉnh Thái Bình → Công an tỉnh Hưng Yên',
  ]);
});

/** Every fix of every diagnostic of a text, applied alone; a fact-changing fix must not be preferred. */
function walkFixes(text: string, label: string, seen: Map<string, { safe: number; suggestion: number }>) {
  for (const d of check(text)) {
    for (const fix of d.fixes ?? []) {
      if (fix.snippet) continue;
      const changed = changedFacts(engine, text, applyEdits(text, fix.edits));
      const tally = seen.get(d.code) ?? { safe: 0, suggestion: 0 };
      tally[fix.preferred ? 'safe' : 'suggestion']++;
      seen.set(d.code, tally);
      if (fix.preferred) assert.deepEqual(changed, [], `${label}: ${d.code} "${fix.title}" is applied by --fix but changes a fact`);
    }
  }
}

test('every rule, every invalid sample: a fix applied by --fix never changes a fact', () => {
  const seen = new Map<string, { safe: number; suggestion: number }>();
  for (const f of invalid) walkFixes(read(join(SAMPLES, 'invalid', f)), f, seen);
  // The dissolved province's successor in a statistic's scope is a suggestion, never applied.
  assert.deepEqual(seen.get('unit-not-valid-at-date'), { safe: 0, suggestion: 2 });
  const kinds = Object.fromEntries(
    [...seen].sort().map(([code, t]) => [code, [t.safe > 0 ? 'safe' : '', t.suggestion > 0 ? 'suggestion' : ''].filter(Boolean).join('+')]),
  );
  assert.deepEqual(kinds, {
    'catalog-spelling': 'safe',
    'comma-in-flow-list': 'suggestion',
    'date-as-written-mismatch': 'suggestion',
    'date-format': 'safe',
    'decimal-comma-in-flow-map': 'safe',
    'lookalike-letter': 'safe',
    'negative-value': 'suggestion',
    'period-mismatch': 'safe',
    'person-without-name': 'suggestion',
    'rank-contradicts-registry': 'suggestion',
    'text-not-nfc': 'safe',
    'thousands-separator': 'safe',
    'unit-not-valid-at-date': 'suggestion',
    'unknown-key': 'safe',
  });
});

for (const f of invalid) {
  test(`--fix on ${f} keeps every fact`, () => {
    const text = read(join(SAMPLES, 'invalid', f));
    const out = fixAll(text, check);
    assert.deepEqual(changedFacts(engine, text, out.text), []);
  });
}

/** Ways people write the same fact differently, applied to a valid record. */
const SAME_FACT: ((t: string) => string)[] = [
  (t) => t.replace(/rank: Đại tướng/, 'rank: dai tuong'),
  (t) => t.replace(/Ủy viên/g, 'Uỷ viên'),
  (t) => t.replace(/value: (\d)(\d{3})\n/, 'value: $1.$2\n'),
  (t) => t.replace(/date: (\d{4})-0?(\d{1,2})-0?(\d{1,2})\n/, 'date: $3-$2\n'),
  (t) => t.replace('\n  title:', '\n  titel:'),
  (t) => t.replace(/Đ/, '\u00D0'),
  (t) => t.replace(/Bộ trưởng Bộ Công an/, 'bộ trưởng bộ công an'),
  (t) => t.replace(/\n {4}start: .*\n {4}end: .*\n/, '\n'),
];
/** Ways a record goes wrong that only the user can settle. */
const OTHER_FACT: ((t: string) => string)[] = [
  (t) => t.replace(/rank: Đại tướng/, 'rank: Đai tương'),
  (t) => t.replace('    unit: vụ\n', '    unit: vụ\n    scope: Công an tỉnh Thái Bình\n').replace(/date: \d{4}-\d{2}-\d{2}\n/, 'date: 2025-08-14\n'),
  (t) => t.replace(/kind: (sơ kết|hội nghị giao ban|họp báo|tổng kết)/, 'kind: hop bao giao ban'),
  (t) => t.replace(/issued_by: (.*)\n/, 'issued_by: $1x\n'),
];

test('property: --fix on any mix of rewritings of a valid record never changes a fact', () => {
  const texts = [BASE, ...valid.map((f) => read(join(SAMPLES, f)))];
  const all = [...SAME_FACT, ...OTHER_FACT];
  fc.assert(
    fc.property(
      fc.constantFrom(...texts),
      fc.subarray(
        all.map((_, i) => i),
        { minLength: 1 },
      ),
      (text, picks) => {
        const broken = picks.reduce((t, i) => all[i](t), text);
        const out = fixAll(broken, check).text;
        const changed = changedFacts(engine, broken, out);
        if (changed.length) throw new Error(`${picks.join(',')}: ${changed.join('; ')}`);
      },
    ),
    { numRuns: 60, seed: 11 },
  );
});
