// Messages a person trusts: numbers in the reader's style with the YAML value where it could be
// misread, no parser English in Vietnamese, the cause and not the symptom, and did-you-mean for
// swapped letters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { newEngine, BASE, withLine, brief, covered, read, SAMPLES } from '../helpers/engine';
import { at } from './features/cursor';

const engine = newEngine();
const check = (text: string, locale: 'vi' | 'en' = 'vi') => engine.check(text, 'test.briefing.yaml', { locale });
const PARTS = withLine(
  BASE,
  '    unit: vụ\n',
  '    unit: vụ\n    breakdown:\n      - { label: hình sự, value: 1000 }\n      - { label: kinh tế, value: 600.5 }\n',
);

test('numbers in messages follow the locale, with the YAML value beside a grouped number', () => {
  const [vi] = check(PARTS, 'vi');
  const [en] = check(PARTS, 'en');
  assert.equal(vi.message, 'Các phần cộng lại 1.600,5 (trong YAML: 1600.5), lớn hơn tổng 1.457 (trong YAML: 1457).');
  assert.equal(en.message, 'The parts add up to 1,600.5 (YAML: 1600.5), more than the total 1,457 (YAML: 1457).');
  const rate = withLine(BASE, '    value: 1457\n    unit: vụ', '    value: 179.5\n    unit: "%"');
  assert.equal(check(rate, 'vi')[0].message, 'Tỷ lệ 179,5% nằm ngoài khoảng 0–100.');
  assert.equal(check(rate, 'en')[0].message, 'The rate 179.5% is outside 0–100.');
});

test('one cause, one diagnostic: a number with a problem is not computed with', () => {
  const grouped = withLine(
    BASE,
    '    value: 1457\n    unit: vụ\n',
    '    value: 54.944\n    unit: vụ\n    breakdown:\n      - { label: hình sự, value: 20.516 }\n      - { label: kinh tế, value: 8875 }\n',
  );
  assert.deepEqual(
    check(grouped).map((d) => d.code),
    ['thousands-separator', 'thousands-separator'],
  );
  const rate = withLine(BASE, '    value: 1457\n    unit: vụ', '    value: 1.457\n    unit: "%"\n    target: { value: 1, difference: 0.457 }');
  assert.deepEqual(
    check(rate).map((d) => d.code),
    ['thousands-separator'],
  );
  const text = withLine(BASE, '    value: 1457\n    unit: vụ', '    value: "79,5"\n    unit: "%"\n    target: { value: 70, difference: 1 }');
  assert.deepEqual(
    check(text).map((d) => d.code),
    ['wrong-type'],
  );
});

test('a decimal comma inside a one-line mapping: one diagnostic, and --fix writes the number', () => {
  const text = withLine(BASE, '    unit: vụ\n', '    unit: vụ\n    comparisons:\n      - { direction: giảm, percent: 0,17, baseline: cùng kỳ năm 2019 }\n');
  const ds = check(text);
  assert.deepEqual(ds.map(brief), ['decimal-comma-in-flow-map@20:37']);
  assert.equal(covered(text, ds[0]), '0,17');
  assert.match(ds[0].message, /Ghi 0\.17, hoặc viết nhiều dòng/);
  assert.equal(check(text, 'en')[0].message, 'Decimal comma inside a one-line mapping: YAML reads 0,17 as 0 and a key "17". Write 0.17, or use block style.');
});

test('a negative change in a comparison: one error whose message fits the case', () => {
  const text = withLine(
    BASE,
    '    unit: vụ\n',
    '    unit: vụ\n    comparisons:\n      - direction: giảm\n        percent: -3\n        baseline: cùng kỳ năm 2019\n',
  );
  const ds = check(text);
  assert.deepEqual(ds.map(brief), ['negative-value@21:18']);
  assert.equal(ds[0].message, 'Mức thay đổi -3 âm; hướng đã ghi ở direction (giảm), nên ghi độ lớn 3.');
  assert.equal(ds[0].fixes?.[0].preferred, false);
});

test('chair written as text: one error, not one per directive that names him', () => {
  const text =
    withLine(BASE, 'chair:\n  rank: Đại tướng\n  name: Tô Lâm\n  positions:\n    - Bộ trưởng Bộ Công an\n', 'chair: Tô Lâm\n') +
    'directives:\n  - text: a\n    issued_by: Tô Lâm\n  - text: b\n    issued_by: Tô Lâm\n';
  assert.deepEqual(check(text).map(brief), ['wrong-type@10:8']);
});

test('a date typed as 20200226: one error with the ISO form', () => {
  const ds = check(withLine(BASE, '  date: 2020-02-26', '  date: 20200226'));
  assert.deepEqual(ds.map(brief), ['date-format@4:9']);
  assert.deepEqual(
    ds[0].fixes?.map((f) => [f.title, f.preferred]),
    [['Sửa thành 2020-02-26', true]],
  );
});

test('duplicate-key names the key and points to its first occurrence', () => {
  const text = withLine(BASE, '  name: Tô Lâm', '  name: Tô Lâm\n  name: Tô Lâm');
  const [d, ...rest] = check(text);
  assert.deepEqual(rest, []);
  assert.equal(brief(d), 'duplicate-key@13:3');
  assert.equal(d.message, 'Khóa "name" bị lặp; lần đầu ở dòng 12.');
  assert.equal(check(text, 'en')[0].message, 'The key "name" is repeated; first at line 12.');
  assert.deepEqual(d.related, [{ range: { start: { line: 11, character: 2 }, end: { line: 11, character: 6 } }, message: 'Lần đầu của khóa "name"' }]);
});

test('an unclosed quote at the opening quote; an over-indented line as indentation', () => {
  const quote = check(withLine(BASE, '  name: Tô Lâm', '  name: "Tô Lâm'));
  assert.deepEqual(quote.map(brief), ['yaml-syntax@12:9']);
  const indent = check(withLine(BASE, '  name: Tô Lâm', '      name: Tô Lâm'));
  assert.deepEqual(indent.map(brief), ['yaml-syntax@12:1']);
  assert.equal(
    indent[0].message,
    'Dòng này thụt lề 6 dấu cách, sâu hơn khóa "rank" phía trên (đã có giá trị), nên YAML đọc nó là phần tiếp của giá trị đó. Các khóa cùng cấp thụt lề 2 dấu cách.',
  );
});

test('no parser or validator English inside Vietnamese messages', () => {
  const english = /\b(?:must|should|Map keys|Missing|Implicit|Nested|not allowed|unexpected|expected|property)\b/;
  const files = readdirSync(join(SAMPLES, 'invalid')).filter((f) => f.endsWith('.yaml'));
  const extra = [
    withLine(BASE, '    unit: vụ\n', '    unit: vụ\n    comparisons: []\n'),
    withLine(BASE, '    - Bộ trưởng Bộ Công an', '    - Bộ trưởng Bộ Công an\n    - Bộ trưởng Bộ Công an'),
    withLine(BASE, '  title: Hội nghị giao ban Bộ Công an tháng 2-2020', '  title: ""'),
    BASE + 'participants:\n  - unnamed: false\n    positions: [Thủ tướng Chính phủ]\n',
    withLine(BASE, '  kind: hội nghị giao ban', '  kind: [hội nghị'),
    withLine(BASE, '  kind: hội nghị giao ban', '  kind: @x'),
  ];
  for (const text of [...files.map((f) => read(join(SAMPLES, 'invalid', f))), ...extra]) {
    for (const d of check(text, 'vi')) assert.doesNotMatch(d.message, english, `${d.code}: ${d.message}`);
  }
});

test('did-you-mean counts swapped letters as one edit; a misspelt required key is one diagnostic', () => {
  const key = (from: string, to: string) => check(withLine(BASE, from, to));
  const title = key('  title: Hội', '  titel: Hội');
  assert.deepEqual(
    title.map((d) => [brief(d), d.message]),
    [['unknown-key@3:3', 'Khóa "titel" không hợp lệ; có phải "title"?']],
  );
  assert.deepEqual(
    title[0].fixes?.map((f) => [f.title, f.preferred]),
    [['Đổi thành "title"', true]],
  );
  assert.deepEqual(key('  rank: Đại tướng', '  rnak: Đại tướng').map(brief), ['unknown-key@11:3']);
  assert.deepEqual(
    key('chair:', 'chiar:').map((d) => [brief(d), d.message]),
    [['unknown-key@10:1', 'Khóa "chiar" không hợp lệ; có phải "chair"?']],
  );
  assert.deepEqual(key('  name: Tô Lâm', '  nmae: Tô Lâm').map(brief), ['unknown-key@12:3']);
  // Catalog values too: "Trugn tướng" is one swap from "Trung tướng".
  const rank = key('  rank: Đại tướng', '  rank: Trugn tướng');
  assert.deepEqual(
    rank.map((d) => d.message),
    ['Cấp bậc hàm "Trugn tướng" không có trong danh mục; có phải "Trung tướng"?'],
  );
});

test('a short form is treated the same in every unit field', () => {
  const unitFields = (value: string) => [
    withLine(BASE, '  format: trực tuyến', `  format: trực tuyến\n  organizer: ${value}`),
    withLine(BASE, '    - Bộ trưởng Bộ Công an', `    - Bộ trưởng Bộ Công an\n  unit: ${value}`),
    withLine(BASE, '    unit: vụ\n', `    unit: vụ\n    scope: ${value}\n`),
    withLine(BASE, '    unit: vụ\n', `    unit: vụ\n    target: { value: 1000, issuer: ${value} }\n`),
    withLine(BASE, '  published: 2020-02-27', `  published: 2020-02-27\n  held_by: ${value}`),
  ];
  for (const value of ['BCA', 'Bộ công an', 'Bo Cong an', 'BQP']) {
    const results = unitFields(value).map((t) =>
      check(t)
        .map((d) => `${d.code}:${d.severity}`)
        .join(','),
    );
    assert.equal(new Set(results).size, 1, `${value}: ${results.join(' | ')}`);
  }
});

test('people completion never offers the name being typed', () => {
  const marked = BASE + 'participants:\n  - name: Tô L|\n';
  const { record, position } = at(engine, marked);
  engine.notePeople(record); // as the editor does on every change: "Tô L" is now a name seen here
  const labels = engine.complete(record, position).map((i) => i.label);
  // The chair, named elsewhere in the record, is offered; the half-typed name is not.
  assert.deepEqual(labels, ['Tô Lâm']);
  engine.forgetPeople(record.uri);
});
