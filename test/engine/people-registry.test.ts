// People change rank and post over time: the registry is read at the record's date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { newEngine, read, ROOT, BASE, brief, covered } from '../helpers/engine';
import { applyEdits } from '../../server/src/engine';

const engine = newEngine();
assert.deepEqual(engine.setPeopleRegistry(read(join(ROOT, 'test/fixtures/people/people.yaml'))), []);

function record(date: string, rank: string, position: string): string {
  const y = date.slice(0, 4);
  return BASE.replace('  name: Tô Lâm', '  name: Nguyễn Văn Mẫu')
    .replace('  rank: Đại tướng', `  rank: ${rank}`)
    .replace('    - Bộ trưởng Bộ Công an', `    - ${position}`)
    .replace('date: 2020-02-26', `date: ${date}`)
    .replace('published: 2020-02-27', `published: ${date}`)
    .replace(/tháng 2-2020/g, `năm ${y}`)
    .replace('start: 2020-02-01', `start: ${y}-01-01`)
    .replace('end: 2020-02-29', `end: ${y}-12-31`);
}

test('the rank valid at the record date is accepted', () => {
  assert.deepEqual(engine.check(record('2016-05-10', 'Thiếu tướng', 'Chánh Văn phòng Bộ Công an')).map(brief), []);
  assert.deepEqual(engine.check(record('2019-05-10', 'Trung tướng', 'Thứ trưởng Bộ Công an')).map(brief), []);
  assert.deepEqual(engine.check(record('2023-05-10', 'Đại tướng', 'Bộ trưởng Bộ Công an')).map(brief), []);
});

test('a later rank in an earlier record is flagged with the rank of that date', () => {
  const text = record('2016-05-10', 'Trung tướng', 'Chánh Văn phòng Bộ Công an');
  const ds = engine.check(text);
  assert.deepEqual(ds.map(brief), ['rank-contradicts-registry@11:9']);
  assert.equal(covered(text, ds[0]), 'Trung tướng');
  assert.match(ds[0].message, /ngày 2016-05-10 Nguyễn Văn Mẫu mang cấp bậc Thiếu tướng \(từ 2015-01-01\)/);
  assert.equal(applyEdits(text, ds[0].fixes![0].edits), record('2016-05-10', 'Thiếu tướng', 'Chánh Văn phòng Bộ Công an'));
});

test('what completion fills is the state at the date, never the latest blindly', () => {
  assert.equal(engine.people.stateFor('Nguyễn Văn Mẫu', '2016-05-10')?.rank, 'Thiếu tướng');
  assert.deepEqual(engine.people.stateFor('nguyen van mau', '2019-01-01')?.positions, ['Thứ trưởng Bộ Công an']);
  assert.equal(engine.people.stateFor('Nguyễn Văn Mẫu', '2024-01-01')?.rank, 'Đại tướng');
  assert.equal(engine.people.stateFor('Nguyễn Văn Mẫu', '2010-01-01'), undefined);
});

test('a person the registry does not cover at that date is not judged', () => {
  assert.deepEqual(engine.check(record('2010-05-10', 'Đại tá', 'Chánh Văn phòng Bộ Công an')).map(brief), []);
});

test('an invalid registry file is reported with exact positions', () => {
  const e = newEngine();
  const ds = e.setPeopleRegistry('people:\n  - name: A\n    histroy: []\n');
  assert.deepEqual(ds.map(brief), ['unknown-key@3:5']);
  assert.match(ds[0].message, /history/);
});
