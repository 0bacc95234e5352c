// Value completion: enumerations, ranks, measures, dates; matching ignores diacritics and case,
// and the edit replaces the whole value typed so far.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newEngine, BASE, withLine } from '../../helpers/engine';
import { at, accept, range } from './cursor';

const engine = newEngine();

function complete(marked: string) {
  const { record, position, text } = at(engine, marked);
  return { items: engine.complete(record, position), text };
}

test('rank: "dai t" offers Đại tướng then Đại tá, replacing the typed text', () => {
  const { items, text } = complete(withLine(BASE, '  rank: Đại tướng', '  rank: dai t|'));
  assert.deepEqual(
    items.map((i) => [i.label, i.kind, i.detail, i.filterText, i.sortText]),
    [
      ['Đại tướng', 'rank', 'cấp tướng', 'dai tuong', '00000'],
      ['Đại tá', 'rank', 'cấp tá', 'dai ta', '00001'],
    ],
  );
  assert.deepEqual(items[0].textEdit, { range: range(10, 8, 13), newText: 'Đại tướng' });
  assert.equal(items[0].documentation, 'bậc 1/17 · Tiếng Anh: General');
  assert.equal(accept(text, items[0]), BASE);
});

test('the edit covers the whole scalar when the cursor is inside it; typed diacritics keep the label as filterText', () => {
  const { items } = complete(withLine(BASE, '  rank: Đại tướng', '  rank: Đại| tuong'));
  assert.deepEqual(
    items.map((i) => [i.label, i.filterText]),
    [
      ['Đại tướng', 'Đại tướng'],
      ['Đại tá', 'Đại tá'],
      ['Đại úy', 'Đại úy'],
    ],
  );
  assert.deepEqual(items[0].textEdit.range, range(10, 8, 17));
});

test('a rank ladder follows the force written in the same mapping', () => {
  const { items } = complete(withLine(BASE, '  rank: Đại tướng', '  force: Quân đội nhân dân\n  rank: do|'));
  assert.deepEqual(
    items.map((i) => [i.label, i.detail, i.filterText]),
    [
      ['Đô đốc', 'cấp tướng', 'do doc'],
      ['Phó Đô đốc', 'cấp tướng', 'do doc'],
      ['Chuẩn Đô đốc', 'cấp tướng', 'do doc'],
    ],
  );
});

test('enum values with their descriptions; a space is added right after "key:"', () => {
  const { items } = complete(withLine(BASE, '  format: trực tuyến', '  format:|'));
  assert.deepEqual(
    items.map((i) => [i.textEdit.newText, i.documentation]),
    [
      [' trực tiếp', 'Trực tiếp: họp tập trung tại một địa điểm'],
      [' trực tuyến', 'Trực tuyến: họp qua các điểm cầu'],
      [' kết hợp', 'Kết hợp: vừa trực tiếp vừa trực tuyến'],
    ],
  );
});

test('measures: counts say so; "%" is quoted; aliases match', () => {
  const empty = complete(withLine(BASE, '    unit: vụ', '    unit: |')).items;
  assert.deepEqual(
    empty.slice(0, 3).map((i) => [i.label, i.kind, i.detail]),
    [
      ['vụ', 'measure', 'đơn vị đếm'],
      ['đối tượng', 'measure', 'đơn vị đếm'],
      ['bị can', 'measure', 'đơn vị đếm'],
    ],
  );
  assert.equal(empty.length, 38);
  // Nothing typed yet: the folded form follows the name, so typing "v" or "vụ" both keep "vụ".
  assert.deepEqual(
    empty.slice(0, 2).map((i) => i.filterText),
    ['vụ vu', 'đối tượng doi tuong'],
  );
  assert.equal(empty.find((i) => i.label === 'kg')?.filterText, 'kg');
  const { items, text } = complete(withLine(BASE, '    unit: vụ', '    unit: phan tr|'));
  assert.deepEqual(
    items.map((i) => [i.label, i.detail, i.filterText, i.textEdit.newText]),
    [['%', 'phần trăm', 'phan tram', '"%"']],
  );
  assert.equal(accept(text, items[0]), withLine(BASE, '    unit: vụ', '    unit: "%"'));
  // Names that start with the typed text come before names matched at a later word.
  assert.deepEqual(
    complete(withLine(BASE, '    unit: vụ', '    unit: ti|')).items.map((i) => [i.label, i.filterText]),
    [
      ['tin báo', 'tin báo'],
      ['tỷ đồng', 'ti dong'],
      ['phương tiện', 'tien'],
    ],
  );
});

test('an opened quote is kept and counted in filterText', () => {
  const { items } = complete(withLine(BASE, '  format: trực tuyến', '  format: "truc ti|"'));
  assert.deepEqual(
    items.map((i) => [i.filterText, i.textEdit.newText]),
    [['"truc tiep', '"trực tiếp"']],
  );
  assert.deepEqual(items[0].textEdit.range, range(8, 10, 19));
});

test('positions in a flow list: the item at the cursor, up to the bracket', () => {
  const { items, text } = complete(withLine(BASE, '  positions:\n    - Bộ trưởng Bộ Công an', '  positions: [Bộ trưởng Bộ Công an, thu tr|]'));
  // The police post first; a post of another ministry (public-bodies.yaml) after it.
  assert.deepEqual(
    items.map((i) => [i.label, i.filterText]),
    [
      ['Thứ trưởng Bộ Công an', 'thu truong bo cong an'],
      ['Thứ trưởng Bộ Quốc phòng', 'thu truong bo quoc phong'],
    ],
  );
  assert.deepEqual(items[0].textEdit.range, range(12, 36, 42));
  assert.equal(accept(text, items[0]).split('\n')[12], '  positions: [Bộ trưởng Bộ Công an, Thứ trưởng Bộ Công an]');
});

test('a position list item offers the head of the person’s own unit first', () => {
  const { items } = complete(withLine(BASE, '    - Bộ trưởng Bộ Công an', '    - |\n  unit: Công an tỉnh Hưng Yên'));
  assert.deepEqual(
    items.slice(0, 2).map((i) => [i.label, i.detail]),
    [
      ['Giám đốc Công an tỉnh Hưng Yên', 'người đứng đầu Công an tỉnh Hưng Yên'],
      ['Bộ trưởng Bộ Công an', 'trần: Đại tướng'],
    ],
  );
});

test('dates offer the meeting date and period bounds already in the record', () => {
  const { items } = complete(withLine(BASE, '  published: 2020-02-27', '  published: |'));
  assert.deepEqual(
    items.map((i) => [i.label, i.detail]),
    [
      ['2020-02-26', 'ngày họp (meeting.date)'],
      ['2020-02-01', 'ngày đầu kỳ (meeting.period.start)'],
      ['2020-02-29', 'ngày cuối kỳ (meeting.period.end)'],
    ],
  );
});

test('free text and numbers get no value items', () => {
  assert.deepEqual(complete(withLine(BASE, '    value: 1457', '    value: 14|')).items, []);
  assert.deepEqual(complete(withLine(BASE, '  publisher: ANTD.VN', '  publisher: AN|')).items, []);
});
