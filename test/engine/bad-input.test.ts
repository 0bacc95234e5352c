// Bad input gets a clear diagnostic, never a crash or a hang. Each test has a generous timeout
// (a hang fails it); speed itself is measured by the benchmarks, not here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newEngine, BASE, brief } from '../helpers/engine';
import { decode } from '../../server/src/cli/read-file';

const engine = newEngine();
const check = (text: string, locale: 'vi' | 'en' = 'vi') => engine.check(text, 'bad.briefing.yaml', { locale });
const T = { timeout: 60_000 };

test('empty file: one clear diagnostic', T, () => {
  const ds = check('');
  assert.deepEqual(ds.map(brief), ['yaml-syntax@1:1']);
  assert.match(ds[0].message, /Tệp rỗng/);
  assert.deepEqual(check('# chỉ có chú thích\n').map(brief), ['yaml-syntax@1:1']);
});

test('a list or a scalar instead of a record', T, () => {
  assert.match(check('- a\n- b\n')[0].message, /không phải một danh sách/);
  assert.match(check('chỉ là một câu\n')[0].message, /không phải một giá trị đơn/);
});

test('syntax error: the first one only, at its place, in Vietnamese', T, () => {
  const ds = check(BASE.replace('  title: Hội nghị', '  title: "Hội nghị'));
  assert.equal(ds.length, 1);
  // An unclosed quote is reported at the opening quote, not where the parser gave up.
  assert.equal(brief(ds[0]), 'yaml-syntax@3:10');
  assert.equal(ds[0].message, 'Dấu nháy " mở ở đây nhưng không được đóng trên dòng này.');
});

test('tabs used for indentation', T, () => {
  const ds = check(BASE.replace('  rank: Đại tướng', '\trank: Đại tướng'));
  assert.deepEqual(ds.map(brief), ['yaml-syntax@11:1']);
  assert.match(ds[0].message, /Tab/);
});

test('CRLF line endings give the same diagnostics as LF', T, () => {
  const lf = BASE.replace('value: 1457', 'value: 1.457');
  const crlf = lf.replace(/\n/g, '\r\n');
  const a = check(lf);
  const b = check(crlf);
  assert.deepEqual(
    b.map((d) => [d.code, d.range]),
    a.map((d) => [d.code, d.range]),
  );
  // The fix does not eat the \r.
  assert.equal(b[0].fixes?.[0].edits[0].newText, '1457');
});

test('a BOM is read and positions stay right', T, () => {
  const file = decode('x.briefing.yaml', Buffer.from('\uFEFF' + BASE.replace('value: 1457', 'value: 1.457'), 'utf8'));
  assert.equal(file.bom, true);
  assert.deepEqual(check(file.text).map(brief), ['thousands-separator@17:12']);
});

test('NUL bytes: reported as not a text file, no further checks', T, () => {
  const ds = check('meeting:\u0000\n  kind: họp báo\n');
  assert.deepEqual(ds.map(brief), ['binary-content@1:9']);
  assert.match(ds[0].message, /U\+0000/);
});

test('invalid UTF-8 bytes are reported', T, () => {
  const bytes = Buffer.concat([Buffer.from(BASE.slice(0, 20), 'utf8'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(BASE.slice(20), 'utf8')]);
  const file = decode('x.briefing.yaml', bytes);
  assert.equal(file.utf8, false);
  const ds = check(file.text).filter((d) => d.code === 'binary-content');
  assert.equal(ds.length, 1);
  assert.match(ds[0].message, /không phải UTF-8/);
});

test('a lone surrogate is found where it is, astral characters (pairs) are text', T, () => {
  const at = (title: string) =>
    check(BASE.replace('Hội nghị giao ban Bộ Công an tháng 2-2020', title))
      .filter((d) => d.code === 'binary-content')
      .map(brief);
  assert.deepEqual(at('Họp 😀 báo 𝔸'), []);
  assert.deepEqual(at('Họp \uD800 báo'), ['binary-content@3:14']);
  assert.deepEqual(at('Họp 😀\uDC00 báo'), ['binary-content@3:16']);
  assert.deepEqual(at('Họp \uD800😀 báo'), ['binary-content@3:14']);
  assert.deepEqual(at('Họp 😀 báo\uDBFF'), ['binary-content@3:20']);
});

test('binary garbage does not crash', T, () => {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const bytes = Buffer.from(Array.from({ length: 20000 }, () => Math.floor(rnd() * 256)));
  const ds = check(decode('x', bytes).text);
  assert.ok(ds.length >= 1);
  assert.equal(ds[0].code, 'binary-content');
});

test('10,000-deep flow nesting is refused with a diagnostic', T, () => {
  const ds = check('a: ' + '['.repeat(10000) + ']'.repeat(10000) + '\n');
  assert.deepEqual(
    ds.map((d) => d.code),
    ['yaml-too-deep'],
  );
  assert.match(ds[0].message, /quá sâu/);
});

test('10,000-deep block nesting is refused with a diagnostic', T, () => {
  let text = '';
  for (let i = 0; i < 10000; i++) text += ' '.repeat(i) + 'a:\n';
  assert.deepEqual(
    check(text).map((d) => d.code),
    ['yaml-too-deep'],
  );
  let dashes = '';
  for (let i = 0; i < 10000; i++) dashes += '- ';
  assert.deepEqual(
    check(dashes + 'x\n').map((d) => d.code),
    ['yaml-too-deep'],
  );
});

test('an alias bomb is stopped, not expanded', T, () => {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 10; i++)
    lines.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill('*' + String.fromCharCode(96 + i))
        .join(',')}]`,
    );
  const ds = check(lines.join('\n') + '\n');
  assert.deepEqual(
    ds.map((d) => d.code),
    ['alias-limit'],
  );
  assert.match(ds[0].message, /bí danh/);
});

test('__proto__ and constructor keys are unknown keys and pollute nothing', T, () => {
  const text = BASE.replace('chair:\n', '__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\nchair:\n');
  const ds = check(text);
  assert.deepEqual(ds.map(brief), ['unknown-key@10:1', 'unknown-key@12:1']);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
});

test('custom and js tags are reported, never executed', T, () => {
  const ds = check(BASE.replace('  publisher: ANTD.VN', '  publisher: !!js/function "function(){ globalThis.owned = 1 }"'));
  assert.equal(ds[0].code, 'yaml-syntax');
  assert.match(ds[0].message, /tag/);
  assert.equal((globalThis as Record<string, unknown>).owned, undefined);
});

test('a 10 MB record is validated without crashing', { timeout: 180_000 }, () => {
  let stats = '';
  for (let i = 0; stats.length < 10_000_000; i++) stats += `  - label: Số liệu ${i}\n    value: ${i}\n    unit: vụ\n`;
  const ds = check(BASE.replace('statistics:\n', 'statistics:\n' + stats));
  assert.deepEqual(ds.map(brief), []);
});

test('an undefined alias is a syntax error, not a crash', T, () => {
  assert.deepEqual(check(BASE.replace('  publisher: ANTD.VN', '  publisher: *nope')).map(brief), ['yaml-syntax@20:14']);
});

test('multi-document files: every document is checked', T, () => {
  const ds = check(BASE + '---\n' + BASE.replace('value: 1457', 'value: 1.457'));
  assert.deepEqual(ds.map(brief), ['thousands-separator@39:12']);
});

test('duplicate keys are reported at the second key', T, () => {
  assert.deepEqual(check(BASE.replace('  name: Tô Lâm\n', '  name: Tô Lâm\n  name: Tô Lâm\n')).map(brief), ['duplicate-key@13:3']);
});
