// Key completion: the keys the schema allows where the cursor is, from the indentation of the
// lines above, even when the document is not valid YAML yet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newEngine, BASE, withLine } from '../../helpers/engine';
import { at, accept, range } from './cursor';

const engine = newEngine();

function complete(marked: string, locale?: 'vi' | 'en') {
  const { record, position, text } = at(engine, marked);
  return { items: engine.complete(record, position, { locale }), text };
}

// A meeting without title and period, and a line being typed after the date.
const MEETING = withLine(
  withLine(BASE, '  title: Hội nghị giao ban Bộ Công an tháng 2-2020\n', ''),
  '  period:\n    text: tháng 2-2020\n    start: 2020-02-01\n    end: 2020-02-29\n',
  '',
);

test('a new key under meeting: allowed keys minus those present, required first', () => {
  const { items } = complete(withLine(MEETING, '  date: 2020-02-26\n', '  date: 2020-02-26\n  |\n'));
  assert.deepEqual(
    items.map((i) => i.label),
    ['title', 'date_as_written', 'period', 'connection_points', 'organizer', 'location'],
  );
  assert.deepEqual(
    items.map((i) => i.sortText),
    ['00000', '00001', '00002', '00003', '00004', '00005'],
  );
  assert.equal(items[0].detail, 'bắt buộc · Tên cuộc họp, viết như bài báo');
  assert.deepEqual(items[0].textEdit, { range: range(3, 2), newText: 'title: ' });
  assert.equal(items[0].insertTextFormat, 'plain');
  const period = items.find((i) => i.label === 'period')!;
  assert.equal(period.insertTextFormat, 'snippet');
  assert.equal(period.textEdit.newText, 'period:\n    text: ${1:tháng 2-2020}');
  const points = items.find((i) => i.label === 'connection_points')!;
  assert.equal(points.textEdit.newText, 'connection_points:\n    - unit: ${1:Bộ Công an}');
});

test('a partly typed key is replaced, and keys already present are not offered', () => {
  const { items } = complete(withLine(MEETING, '  date: 2020-02-26\n', '  date: 2020-02-26\n  da|\n'));
  assert.deepEqual(
    items.map((i) => [i.label, i.filterText]),
    [['date_as_written', 'date_as_written']],
  );
  assert.deepEqual(items[0].textEdit.range, range(3, 2, 4));
});

test('a key typed over an existing "key:" inserts the name only', () => {
  const { items } = complete(withLine(BASE, '  format: trực tuyến', '  form|at: trực tuyến'));
  assert.deepEqual(
    items.map((i) => i.textEdit.newText),
    ['format'],
  );
  assert.deepEqual(items[0].textEdit.range, range(8, 2, 8));
});

test('root keys use the schema default snippets; a second chair snippet is offered too', () => {
  const { items } = complete('meeting:\n  kind: họp báo\n|');
  assert.deepEqual(
    items.map((i) => i.label),
    ['chair', 'chair: không nêu', 'source', 'participants', 'directives', 'statistics'],
  );
  assert.equal(items[0].textEdit.newText, 'chair:\n  rank: ${1:cấp bậc}\n  name: ${2:họ và tên}\n  positions:\n    - ${3:chức vụ}');
  assert.equal(items[1].textEdit.newText, 'chair:\n  absent: ${1:bài báo không nêu người chủ trì}');
  assert.equal(
    items[3].textEdit.newText,
    'participants:\n  - rank: ${1:cấp bậc}\n    name: ${2:họ và tên}\n    positions:\n      - ${3:chức vụ}\n    role: ${4|phát biểu,phát biểu chỉ đạo,báo cáo,phát ngôn,kết luận,chủ trì điểm cầu,tham dự|}',
  );
});

test('a new list item of participants offers the participant snippet, then its keys', () => {
  const { items, text } = complete(BASE + 'participants:\n  - name: Lương Tam Quang\n    role: phát biểu\n  - |\n');
  assert.deepEqual(
    items.map((i) => i.label),
    ['participant', 'name', 'unnamed', 'rank', 'force', 'positions', 'unit', 'role'],
  );
  assert.equal(items[0].kind, 'snippet');
  assert.equal(items[6].detail, 'Đơn vị');
  assert.equal(accept(text, items[5]), BASE + 'participants:\n  - name: Lương Tam Quang\n    role: phát biểu\n  - positions:\n      - ${1}\n');
});

test('keys of a mapping inside a list item skip keys written above and below the cursor', () => {
  const { items } = complete(BASE.replace('    unit: vụ\n', '    |\n    unit: vụ\n'));
  assert.deepEqual(
    items.map((i) => i.label),
    ['approx', 'period', 'topic', 'scope', 'comparisons', 'target', 'breakdown'],
  );
});

test('English details with locale en', () => {
  const { items } = complete(withLine(MEETING, '  date: 2020-02-26\n', '  date: 2020-02-26\n  ti|\n'), 'en');
  assert.deepEqual(
    items.map((i) => [i.label, i.detail]),
    [['title', 'required · Title of the meeting, as the article writes it']],
  );
});

test('no key completion inside a block scalar or a comment; keys again after it', () => {
  assert.deepEqual(complete(BASE + 'directives:\n  - text: >-\n      Tiếp tục |\n').items, []);
  assert.deepEqual(
    complete(BASE + 'directives:\n  - text: >-\n      Tiếp tục\n    |\n').items.map((i) => i.label),
    ['issued_by', 'addressees', 'topics', 'deadline'],
  );
  assert.deepEqual(complete('# ghi |\n' + BASE).items, []);
});
