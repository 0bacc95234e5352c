// Units come and go (engine/rules/unit-not-valid-at-date.ts): a unit named after it ended or
// before it existed is reported with the unit of that date, offered and never applied by --fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newEngine, BASE, withLine, brief } from '../helpers/engine';

const engine = newEngine();
const check = (text: string) => engine.check(text, 'test.briefing.yaml');
const only = (text: string) => {
  const ds = check(text);
  assert.equal(ds.length, 1, ds.map(brief).join(', '));
  return ds[0];
};

test('a merged province named after 2025-07-01: warning with the successor', () => {
  let text = withLine(BASE, '  format: trực tuyến', '  format: trực tuyến\n  organizer: Công an tỉnh Thái Bình');
  text = withLine(text, '  date: 2020-02-26', '  date: 2025-08-14');
  text = withLine(
    text,
    '    text: tháng 2-2020\n    start: 2020-02-01\n    end: 2020-02-29',
    '    text: tháng 8-2025\n    start: 2025-08-01\n    end: 2025-08-31',
  );
  text = withLine(text, '  published: 2020-02-27', '  published: 2025-08-15');
  const d = only(text);
  assert.equal(brief(d), 'unit-not-valid-at-date@10:14');
  assert.match(d.message, /Công an tỉnh Hưng Yên/);
  // The successor is another unit, so another fact: offered, never applied without asking.
  assert.equal(
    d.fixes?.some((f) => f.preferred),
    false,
  );
  assert.deepEqual(
    d.fixes?.map((f) => [f.title, f.preferred]),
    [['Dùng "Công an tỉnh Hưng Yên"', false]],
  );
  // The same name in 2024 is fine.
  const earlier = text
    .replace('date: 2025-08-14', 'date: 2024-08-14')
    .replace('tháng 8-2025', 'tháng 8-2024')
    .replace('2025-08-01', '2024-08-01')
    .replace('2025-08-31', '2024-08-31')
    .replace('published: 2025-08-15', 'published: 2024-08-15');
  assert.deepEqual(check(earlier).map(brief), []);
});

test('district police after 2025-03-01 is reported', () => {
  let text = withLine(BASE, '  format: trực tuyến', '  format: trực tuyến\n  organizer: Công an huyện Gia Lâm');
  assert.deepEqual(check(text).map(brief), []);
  text = text
    .replace('date: 2020-02-26', 'date: 2025-04-02')
    .replaceAll('tháng 2-2020', 'tháng 4-2025')
    .replace('2020-02-01', '2025-04-01')
    .replace('2020-02-29', '2025-04-30')
    .replace('published: 2020-02-27', 'published: 2025-04-03');
  assert.deepEqual(check(text).map(brief), ['unit-not-valid-at-date@10:14']);
});

test('a unit named before it existed: reported with the unit of that date when one came before it', () => {
  const own = newEngine();
  own.setWorkspaceCatalog(
    [
      'units:',
      '  - name: Công an tỉnh Cũ Thử',
      '    kind: công an tỉnh',
      '    valid_to: "2029-12-31"',
      '    successor: Công an tỉnh Mới Thử',
      '  - name: Công an tỉnh Mới Thử',
      '    kind: công an tỉnh',
      '    valid_from: "2030-01-01"',
      '  - name: Công an tỉnh Riêng Thử',
      '    kind: công an tỉnh',
      '    valid_from: "2030-01-01"',
      '',
    ].join('\n'),
  );
  const named = (unit: string) => own.check(withLine(BASE, '  format: trực tuyến', `  format: trực tuyến\n  organizer: ${unit}`), 'a.briefing.yaml');
  const [withPredecessor] = named('Công an tỉnh Mới Thử');
  assert.equal(brief(withPredecessor), 'unit-not-valid-at-date@10:14');
  assert.match(withPredecessor.message, /có từ 2030-01-01; ngày 2020-02-26 đơn vị tương ứng là "Công an tỉnh Cũ Thử"/);
  assert.deepEqual(
    withPredecessor.fixes?.map((f) => [f.title, f.preferred]),
    [['Dùng "Công an tỉnh Cũ Thử"', false]],
  );
  const [alone] = named('Công an tỉnh Riêng Thử');
  assert.equal(brief(alone), 'unit-not-valid-at-date@10:14');
  assert.match(alone.message, /có từ 2030-01-01, sau ngày 2020-02-26 của hồ sơ/);
  assert.equal(alone.fixes, undefined);
  assert.deepEqual(named('Công an tỉnh Cũ Thử').map(brief), []);
});
