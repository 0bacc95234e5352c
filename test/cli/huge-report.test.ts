// Every output format writes a report of any size: no piece of the report grows with the number
// of findings (V8 cannot build a string over ~512 MB, nor spread 125,000 values into Math.max).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from '../../server/src/engine';
import type { RunResult } from '../../server/src/cli/result';
import { FORMATTERS, makeColors } from '../../server/src/cli/formatters';
import { writeBatched } from '../../server/src/cli/report-sink';

function finding(i: number): Diagnostic {
  const range = { start: { line: i, character: 2 }, end: { line: i, character: 9 } };
  return {
    code: 'count-not-integer',
    severity: i % 3 === 0 ? 2 : 1,
    message: `Số lượt ${i} phải là số nguyên`,
    range,
    source: 'briefing',
    ...(i % 2 ? { fixes: [{ title: 'Sửa', preferred: true, edits: [{ range, newText: '1457' }] }] } : {}),
  } as Diagnostic;
}

const context = (locale: 'vi' | 'en') => ({ version: '0.0.0', locale, colors: makeColors(false), cwd: '/tmp' });

function hugeResult(perFile: number, files = 2): RunResult {
  return {
    elapsedMs: 1,
    files: Array.from({ length: files }, (_, f) => ({ path: `ho-so-${f}.briefing.yaml`, diagnostics: Array.from({ length: perFile }, (_, i) => finding(i)) })),
  };
}

/** Consumes the pieces, returning their count, the longest one and the joined text (if asked). */
function consume(pieces: Iterable<string>, keep: boolean) {
  let longest = 0;
  let n = 0;
  const kept: string[] = [];
  for (const p of pieces) {
    n++;
    longest = Math.max(longest, p.length);
    if (keep) kept.push(p);
  }
  return { n, longest, text: kept.join('') };
}

test('stylish: 150,000 findings in one file (more than Math.max(...rows) can spread)', () => {
  const r = consume(FORMATTERS.stylish(hugeResult(150_000, 1), context('en')), true);
  const lines = r.text.split('\n');
  assert.equal(lines[0], 'ho-so-0.briefing.yaml');
  assert.equal(lines.filter((l) => l.includes('count-not-integer')).length, 150_000);
  assert.match(r.text, /✖ 150000 problems \(100000 errors, 50000 warnings, 0 info\) in 1 of 1 file/);
  assert.ok(r.longest < 100_000, `a piece of ${r.longest} characters`);
});

for (const [name, format] of [
  ['json', (res: RunResult) => FORMATTERS.json(res, context('vi'))],
  ['sarif', (res: RunResult) => FORMATTERS.sarif(res, context('vi'))],
  ['github', (res: RunResult) => FORMATTERS.github(res)],
] as const) {
  test(`${name}: no piece of the report grows with the number of findings`, () => {
    const small = consume(format(hugeResult(100)), false);
    const large = consume(format(hugeResult(20_000)), false);
    assert.ok(large.n > small.n * 100, `${large.n} pieces for 40,000 findings`);
    // Findings add pieces, never length (a few more digits in line numbers at most).
    assert.ok(large.longest < small.longest + 50, `${large.longest} against ${small.longest}`);
  });
}

test('json and sarif pieces join into the whole report', () => {
  const res = hugeResult(3_000);
  const json = JSON.parse(consume(FORMATTERS.json(res, context('vi')), true).text);
  assert.equal(json.summary.errors, 4_000);
  assert.equal(json.files[1].diagnostics.length, 3_000);
  assert.deepEqual(json.files[1].diagnostics[1].fixes[0].edits[0].newText, '1457');
  const sarif = JSON.parse(consume(FORMATTERS.sarif(res, context('en')), true).text);
  assert.equal(sarif.runs.length, 1);
  assert.equal(sarif.runs[0].results.length, 6_000);
  assert.equal(sarif.runs[0].results[5_999].locations[0].physicalLocation.artifactLocation.uri, 'ho-so-1.briefing.yaml');
  const empty = JSON.parse(consume(FORMATTERS.sarif({ files: [], elapsedMs: 0 }, context('en')), true).text);
  assert.deepEqual(empty.runs[0].results, []);
});

test('the report is written in batches of bounded size', () => {
  const writes: number[] = [];
  writeBatched(FORMATTERS.json(hugeResult(5_000), context('vi')), (s) => writes.push(s.length));
  assert.ok(writes.length > 10);
  assert.ok(Math.max(...writes) < 64 * 1024 + 10_000, `a write of ${Math.max(...writes)} characters`);
});
