// Completion from the catalogs and the people registry, read at the record's date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { newEngine, BASE, withLine, read, ROOT } from '../../helpers/engine';
import { at, accept, range } from './cursor';

const engine = newEngine();
assert.deepEqual(engine.setPeopleRegistry(read(join(ROOT, 'test/fixtures/people/people.yaml'))), []);

function complete(marked: string) {
  const { record, position, text } = at(engine, marked);
  return { items: engine.complete(record, position), text };
}

const dated = (date: string, text: string) => text.replace('date: 2020-02-26', `date: ${date}`);
const chairUnit = (typed: string) => withLine(BASE, '    - Bộ trưởng Bộ Công an', `    - Bộ trưởng Bộ Công an\n  unit: ${typed}|`);

test('units on 2025-08-01: a merged province is deprecated, after valid ones, its successor first', () => {
  const { items } = complete(dated('2025-08-01', chairUnit('cong an tinh ha')));
  assert.deepEqual(
    items.map((i) => [i.label, i.detail, i.filterText, i.deprecated ?? false]),
    [
      ['Công an tỉnh Tuyên Quang', 'kế thừa Công an tỉnh Hà Giang', 'cong an tinh ha giang', false],
      ['Công an thành phố Hải Phòng', 'kế thừa Công an tỉnh Hải Dương', 'cong an tinh hai duong', false],
      ['Công an tỉnh Ninh Bình', 'kế thừa Công an tỉnh Hà Nam', 'cong an tinh ha nam', false],
      ['Công an thành phố Cần Thơ', 'kế thừa Công an tỉnh Hậu Giang', 'cong an tinh hau giang', false],
      ['Công an tỉnh Hà Tĩnh', 'công an tỉnh', 'cong an tinh ha tinh', false],
      ['Công an tỉnh Hà Giang', 'công an tỉnh', 'cong an tinh ha giang', true],
      ['Công an tỉnh Hải Dương', 'công an tỉnh', 'cong an tinh hai duong', true],
      ['Công an tỉnh Hà Nam', 'công an tỉnh', 'cong an tinh ha nam', true],
      ['Công an tỉnh Hậu Giang', 'công an tỉnh', 'cong an tinh hau giang', true],
    ],
  );
  assert.equal(items[5].documentation, 'Hết hiệu lực sau 2025-06-30. Đơn vị kế thừa: Công an tỉnh Tuyên Quang. Ngày của hồ sơ: 2025-08-01.');
  assert.deepEqual(items[0].textEdit, { range: range(14, 8, 23), newText: 'Công an tỉnh Tuyên Quang' });
});

test('the same province in 2020 is valid and alone', () => {
  const { items } = complete(chairUnit('ha gi'));
  assert.deepEqual(
    items.map((i) => [i.label, i.filterText, i.deprecated ?? false]),
    [['Công an tỉnh Hà Giang', 'ha giang', false]],
  );
});

test('unit families are offered as prefixes to complete with a place name', () => {
  const { items, text } = complete(chairUnit('cong an huy'));
  assert.deepEqual(
    items.map((i) => [i.label, i.detail, i.textEdit.newText, i.deprecated ?? false]),
    [['Công an huyện', 'họ đơn vị · công an huyện — thêm địa danh', 'Công an huyện ', false]],
  );
  assert.match(accept(text, items[0]), /\n {2}unit: Công an huyện \n/);
  const later = complete(dated('2025-08-01', chairUnit('cong an huy'))).items;
  assert.deepEqual(
    later.map((i) => [i.label, i.deprecated]),
    [['Công an huyện', true]],
  );
});

const PARTICIPANT = BASE + 'participants:\n  - name: nguyen v|\n    role: phát biểu\n';

test('a person name fills rank and positions valid at an older record date', () => {
  const { items, text } = complete(dated('2019-05-10', PARTICIPANT));
  assert.deepEqual(
    items.map((i) => [i.label, i.kind, i.detail, i.filterText]),
    [['Nguyễn Văn Mẫu', 'person', 'Trung tướng · Thứ trưởng Bộ Công an', 'nguyen van mau']],
  );
  assert.deepEqual(items[0].additionalTextEdits, [
    { range: range(22, 4), newText: 'rank: Trung tướng\n    ' },
    { range: range(23, 0), newText: '    positions:\n      - Thứ trưởng Bộ Công an\n' },
  ]);
  assert.equal(
    accept(text, items[0]),
    dated('2019-05-10', BASE) +
      'participants:\n  - rank: Trung tướng\n    name: Nguyễn Văn Mẫu\n    positions:\n      - Thứ trưởng Bộ Công an\n    role: phát biểu\n',
  );
});

test('the same name in a later record fills the later rank; keys already written are kept', () => {
  const { items, text } = complete(dated('2023-03-01', PARTICIPANT.replace('    role: phát biểu', '    rank: Đại tá\n    role: phát biểu')));
  assert.equal(items[0].detail, 'Đại tướng · Bộ trưởng Bộ Công an');
  assert.equal(
    accept(text, items[0]),
    dated('2023-03-01', BASE) +
      'participants:\n  - name: Nguyễn Văn Mẫu\n    positions:\n      - Bộ trưởng Bộ Công an\n    rank: Đại tá\n    role: phát biểu\n',
  );
});

test('a name at the end of the text puts the filled keys before it', () => {
  const { items, text } = complete(dated('2016-05-10', BASE + 'participants:\n  - role: phát biểu\n    name: Nguyễn V|'));
  assert.equal(
    accept(text, items[0]),
    dated('2016-05-10', BASE) +
      'participants:\n  - role: phát biểu\n    rank: Thiếu tướng\n    positions:\n      - Chánh Văn phòng Bộ Công an\n    name: Nguyễn Văn Mẫu',
  );
});

test('a date outside the registry fills nothing and says so', () => {
  const { items } = complete(dated('2010-01-01', PARTICIPANT));
  assert.equal(items[0].additionalTextEdits, undefined);
  assert.equal(items[0].documentation, 'Không rõ cấp bậc, chức vụ ở ngày 2010-01-01; không điền thêm.');
});

test('issued_by offers the people of this record first', () => {
  const { items } = complete(BASE + 'directives:\n  - text: Làm tốt\n    issued_by: |\n');
  assert.deepEqual(
    items.map((i) => [i.label, i.detail, i.filterText]),
    [
      ['Tô Lâm', 'Đại tướng · trong hồ sơ này', 'Tô Lâm to lam'],
      ['Nguyễn Văn Mẫu', 'người đã biết', 'Nguyễn Văn Mẫu nguyen van mau'],
    ],
  );
});

test('filled keys use the document’s CRLF line breaks', () => {
  const crlf = (t: string) => t.replace(/\n/g, '\r\n');
  const { items, text } = complete(crlf(dated('2019-05-10', PARTICIPANT)));
  assert.equal(
    accept(text, items[0]),
    crlf(
      dated('2019-05-10', BASE) +
        'participants:\n  - rank: Trung tướng\n    name: Nguyễn Văn Mẫu\n    positions:\n      - Thứ trưởng Bộ Công an\n    role: phát biểu\n',
    ),
  );
});
