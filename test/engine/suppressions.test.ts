// Suppression comments: each form, rule lists, unused ones reported at the comment's exact range,
// what can never be suppressed, and the CLI giving the same result as the engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, covered, newEngine, withLine } from '../helpers/engine';
import { Severity, type Diagnostic, type ValidateOptions } from '../../server/src/engine';
import { run } from '../../server/src/cli/run';
import { makeTempDir, removeTempDir } from '../helpers/temp';

const engine = newEngine();
const check = (text: string, options?: ValidateOptions) => engine.check(text, 'test.briefing.yaml', options);
/** code@line:col-line:col, 0-based as LSP ranges are. */
const at = (d: Diagnostic) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
const codes = (text: string, options?: ValidateOptions) => check(text, options).map(at);

/** Line 16 "    value: -1.457" has two problems: count-not-integer and negative-value. */
const TWO = withLine(BASE, '    value: 1457', '    value: -1.457');
/** Line 16 "1.457 vụ" (thousands-separator) and line 19 "2.5 vụ" (count-not-integer). */
const STATS = withLine(BASE, '    unit: vụ\n', '    unit: vụ\n  - label: Cháy\n    value: 2.5\n    unit: vụ\n').replace('value: 1457', 'value: 1.457');

test('the fixtures have the problems the tests suppress', () => {
  assert.deepEqual(codes(TWO), ['count-not-integer@16:11-16:17', 'negative-value@16:11-16:17']);
  assert.deepEqual(codes(STATS), ['thousands-separator@16:11-16:16', 'count-not-integer@19:11-19:14']);
});

test('disable-line with one rule hides that rule on that line only', () => {
  assert.deepEqual(codes(withLine(TWO, '-1.457', '-1.457 # briefing-disable-line negative-value')), ['count-not-integer@16:11-16:17']);
});

test('disable-line with several rules, by comma or space', () => {
  assert.deepEqual(codes(withLine(TWO, '-1.457', '-1.457 # briefing-disable-line negative-value, count-not-integer')), []);
  assert.deepEqual(codes(withLine(TWO, '-1.457', '-1.457 # briefing-disable-line negative-value count-not-integer')), []);
  assert.deepEqual(codes(withLine(TWO, '-1.457', '-1.457 #briefing-disable-line negative-value,count-not-integer')), []);
});

test('disable-line without a rule list hides every rule on that line, not on others', () => {
  const text = withLine(withLine(TWO, '-1.457', '-1.457 # briefing-disable-line'), 'date: 2020-02-26', 'date: 2020-02-30');
  assert.deepEqual(codes(text), ['impossible-date@3:8-3:18']);
});

test('disable-next-line applies to the next line only', () => {
  const before = withLine(TWO, '    value: -1.457', '    # briefing-disable-next-line negative-value\n    value: -1.457');
  assert.deepEqual(codes(before), ['count-not-integer@17:11-17:17']);
  // Two lines above is too far: the comment is unused and both problems stay.
  const far = withLine(TWO, '  - label:', '  # briefing-disable-next-line negative-value\n  - label:');
  assert.deepEqual(codes(far), ['unused-suppression@15:2-15:45', 'count-not-integer@17:11-17:17', 'negative-value@17:11-17:17']);
  // On its own line it does nothing either.
  const same = withLine(TWO, '-1.457', '-1.457 # briefing-disable-next-line negative-value');
  assert.deepEqual(codes(same), ['count-not-integer@16:11-16:17', 'negative-value@16:11-16:17', 'unused-suppression@16:18-16:61']);
});

test('disable (file level) hides a rule everywhere, wherever the comment stands', () => {
  assert.deepEqual(codes('# briefing-disable thousands-separator\n' + STATS), ['count-not-integer@20:11-20:14']);
  assert.deepEqual(codes(STATS + '# briefing-disable count-not-integer, thousands-separator\n'), []);
});

test('disable without a rule list hides every content rule of the file', () => {
  assert.deepEqual(codes('# briefing-disable\n' + withLine(STATS, 'date: 2020-02-26', 'date: 2020-02-30')), []);
});

test('an unknown rule name is reported as unused-suppression at the comment exact range', () => {
  const text = withLine(BASE, 'value: 1457', 'value: 1457 # briefing-disable-line no-such-rule');
  const ds = check(text);
  assert.deepEqual(ds.map(at), ['unused-suppression@16:16-16:52']);
  assert.equal(covered(text, ds[0]), '# briefing-disable-line no-such-rule');
  assert.equal(ds[0].severity, Severity.warning);
  assert.equal(ds[0].message, 'Chú thích tắt kiểm tra "no-such-rule" không tắt lỗi nào; hãy xóa nó.');
  assert.equal(check(text, { locale: 'en' })[0].message, 'The suppression comment "no-such-rule" suppresses nothing; remove it.');
});

test('a rule list partly used: only the unused names are reported', () => {
  const text = withLine(TWO, '-1.457', '-1.457 # briefing-disable-line negative-value, thousands-separator, negative-value');
  const ds = check(text);
  assert.deepEqual(ds.map(at), ['count-not-integer@16:11-16:17', 'unused-suppression@16:18-16:93']);
  assert.match(ds[1].message, /"thousands-separator"/);
});

test('a comment without a rule list that hides nothing is unused ("*")', () => {
  const text = withLine(BASE, '  name: Tô Lâm', '  name: Tô Lâm # briefing-disable-line');
  assert.deepEqual(codes(text), ['unused-suppression@11:15-11:38']);
  assert.match(check(text)[0].message, /"\*"/);
});

test('a misspelt or capitalised rule name is reported, never widened to "every rule"', () => {
  for (const name of ['Negative-Value', 'negative_value', 'negatif-value']) {
    const text = withLine(TWO, '-1.457', `-1.457 # briefing-disable-line ${name}`);
    assert.deepEqual(codes(text), ['count-not-integer@16:11-16:17', 'negative-value@16:11-16:17', `unused-suppression@16:18-16:${42 + name.length}`], name);
  }
});

test('"briefing-disable-lines" is not a directive (not a file-wide disable of "-lines")', () => {
  assert.deepEqual(codes(withLine(TWO, '-1.457', '-1.457 # briefing-disable-lines negative-value')), [
    'count-not-integer@16:11-16:17',
    'negative-value@16:11-16:17',
  ]);
});

test('"# briefing-disable" inside a quoted or block string is text, not a comment', () => {
  const quoted = withLine(TWO, '  title: Hội nghị giao ban Bộ Công an tháng 2-2020', '  title: "Hội nghị # briefing-disable"');
  assert.deepEqual(codes(quoted), ['count-not-integer@16:11-16:17', 'negative-value@16:11-16:17']);
  const single = withLine(TWO, '  title: Hội nghị giao ban Bộ Công an tháng 2-2020', "  title: 'Hội nghị # briefing-disable-line'");
  assert.deepEqual(codes(single), ['count-not-integer@16:11-16:17', 'negative-value@16:11-16:17']);
  const block = withLine(TWO, '  title: Hội nghị giao ban Bộ Công an tháng 2-2020', '  title: |\n    Hội nghị\n    # briefing-disable');
  assert.deepEqual(codes(block), ['count-not-integer@18:11-18:17', 'negative-value@18:11-18:17']);
  // A '#' that follows text without a space starts no comment in YAML.
  const glued = withLine(TWO, '  title: Hội nghị giao ban Bộ Công an tháng 2-2020', '  title: Hội nghị#briefing-disable');
  assert.deepEqual(codes(glued), ['count-not-integer@16:11-16:17', 'negative-value@16:11-16:17']);
});

test('syntax errors and duplicate keys cannot be suppressed; unused is not judged while the text is broken', () => {
  const broken = '# briefing-disable\n' + withLine(BASE, '  kind: hội nghị giao ban', '  kind: [hội nghị');
  assert.deepEqual(
    codes(broken).map((s) => s.split('@')[0]),
    ['yaml-syntax'],
  );
  const dup = withLine(BASE, '  name: Tô Lâm', '  name: Tô Lâm # briefing-disable-line\n  name: Tô Lâm # briefing-disable-line duplicate-key');
  assert.deepEqual(codes(dup), ['unused-suppression@11:15-11:38', 'duplicate-key@12:2-12:6', 'unused-suppression@12:15-12:52']);
});

test('suppressions follow the rule settings: a rule switched off makes no unused report', () => {
  const text = withLine(BASE, 'value: 1457', 'value: 1457 # briefing-disable-line thousands-separator');
  assert.deepEqual(codes(text), ['unused-suppression@16:16-16:59']);
  assert.deepEqual(codes(text, { severities: { 'thousands-separator': 'off' } }), []);
  assert.deepEqual(codes(text, { severities: { 'unused-suppression': 'off' } }), []);
  assert.equal(check(text, { severities: { 'unused-suppression': 'error' } })[0].severity, Severity.error);
});

test('with CRLF line endings the unused range ends before the \\r', () => {
  const text = withLine(BASE, 'value: 1457', 'value: 1457 # briefing-disable-line no-such-rule').replace(/\n/g, '\r\n');
  const ds = check(text);
  assert.deepEqual(ds.map(at), ['unused-suppression@16:16-16:52']);
});

test('the CLI reports exactly what the engine reports', (t) => {
  const dir = makeTempDir('briefing-suppress');
  t.after(() => removeTempDir(dir));
  const records: Record<string, string> = {
    'line.briefing.yaml': withLine(TWO, '-1.457', '-1.457 # briefing-disable-line negative-value, no-such-rule'),
    'next.briefing.yaml': withLine(TWO, '    value: -1.457', '    # briefing-disable-next-line\n    value: -1.457'),
    'file.briefing.yaml': '# briefing-disable thousands-separator\n' + STATS,
  };
  for (const [name, text] of Object.entries(records)) writeFileSync(join(dir, name), text);
  let out = '';
  const code = run(['validate', dir, '--format', 'json'], { stdout: (s) => (out += s), stderr: () => undefined, env: {}, cwd: dir, isTTY: false });
  const report = JSON.parse(out) as {
    files: { path: string; diagnostics: { rule: string; range: Diagnostic['range']; message: string; severity: string }[] }[];
  };
  assert.deepEqual(report.files.map((f) => f.path).sort(), Object.keys(records).sort());
  for (const f of report.files) {
    const expected = engine.check(records[f.path], join(dir, f.path)).map((d) => ({ rule: d.code, range: d.range, message: d.message }));
    assert.deepEqual(
      f.diagnostics.map((d) => ({ rule: d.rule, range: d.range, message: d.message })),
      expected,
      f.path,
    );
  }
  assert.deepEqual(report.files.map((f) => `${f.path}: ${f.diagnostics.map((d) => d.rule).join(', ')}`).sort(), [
    'file.briefing.yaml: count-not-integer',
    'line.briefing.yaml: count-not-integer, unused-suppression',
    'next.briefing.yaml: ',
  ]);
  assert.equal(code, 1); // count-not-integer is an error
});
