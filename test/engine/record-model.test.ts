// What real briefings say has an honest place in a record: a change without a level, qualifiers
// on every number, who set a target, people named only by office, bodies outside the police,
// dates and periods as written, and sources that are not published articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newEngine, BASE, withLine, brief } from '../helpers/engine';
import { parsePeriod } from '../../server/src/engine/dates/period';
import { at } from './features/cursor';

const engine = newEngine();
const check = (text: string, locale: 'vi' | 'en' = 'vi') => engine.check(text, 'test.briefing.yaml', { locale });
const codes = (text: string) => check(text).map(brief);
const STAT = '  - label: Phạm tội về ma túy\n    value: 1457\n    unit: vụ\n';
const withStat = (stat: string) => withLine(BASE, STAT, stat);

test('a statistic reported only as a change: comparisons without a value', () => {
  assert.deepEqual(
    codes(
      withStat(
        '  - label: Tội phạm về trật tự xã hội\n    unit: vụ\n    comparisons:\n      - { direction: giảm, percent: 0.17, baseline: cùng kỳ năm 2019 }\n',
      ),
    ),
    [],
  );
});

test('a statistic with neither a value nor a comparison misses its value', () => {
  const text = withStat('  - label: Tội phạm về trật tự xã hội\n    unit: vụ\n');
  const ds = check(text);
  assert.deepEqual(ds.map(brief), ['missing-key@16:5']);
  assert.match(ds[0].message, /"value"/);
  // An empty list of comparisons is not a comparison either, and is said in Vietnamese.
  const empty = check(withStat('  - label: Tội phạm\n    unit: vụ\n    comparisons: []\n'));
  assert.deepEqual(empty.map(brief), ['schema@18:18']);
  assert.equal(empty[0].message, 'Danh sách cần ít nhất 1 mục; nếu không có gì để ghi, bỏ hẳn khóa này.');
});

test('approx on a comparison, a target and a breakdown part; a target issuer as a body or free text', () => {
  const stat = [
    '  - label: Số đối tượng bị bắt',
    '    value: 3000',
    '    unit: đối tượng',
    '    approx: hơn',
    '    comparisons:',
    '      - { direction: tăng, percent: 10, approx: gần, baseline: cùng kỳ năm 2023 }',
    '    breakdown:',
    '      - { label: ma túy, value: 1200, approx: hơn }',
    '  - label: Tỷ lệ điều tra khám phá',
    '    value: 79.5',
    '    unit: "%"',
    '    target: { value: 70, difference: 9, approx: hơn, issuer: Quốc hội }',
    '  - label: Tỷ lệ giải quyết tin báo',
    '    value: 92',
    '    unit: "%"',
    '    target:',
    '      value: 90',
    '      issuer: Nghị quyết của Quốc hội về phòng, chống tội phạm',
    '',
  ].join('\n');
  // "vượt hơn 9%": an approximate difference is not checked to the decimal.
  assert.deepEqual(codes(withStat(stat)), []);
  assert.deepEqual(codes(withStat(stat.replace('approx: hơn, issuer', 'issuer'))), ['target-mismatch@27:26']);
  assert.deepEqual(codes(withStat(stat.replace('approx: gần,', 'approx: gầnn,'))), ['invalid-value@21:49']);
});

test('a person named only by office: unnamed: true with what the article says', () => {
  const p = (lines: string) => BASE + 'participants:\n' + lines;
  assert.deepEqual(codes(p('  - unnamed: true\n    force: Quân đội nhân dân\n    rank: Thượng tướng\n    unit: Bộ Quốc phòng\n    role: phát biểu\n')), []);
  assert.deepEqual(codes(p('  - unnamed: true\n    positions:\n      - Thứ trưởng Bộ Quốc phòng\n')), []);
  assert.deepEqual(codes(p('  - unnamed: true\n    role: tham dự\n')), ['person-without-name@23:5']);
  assert.deepEqual(codes(p('  - role: tham dự\n    positions: [Bộ trưởng Bộ Ngoại giao]\n')), ['person-without-name@23:5']);
  assert.deepEqual(codes(p('  - name: Bùi Thanh Sơn\n    unnamed: true\n    force: dân sự\n')), ['person-without-name@24:5']);
});

test('stand-in names are rejected and the fix to unnamed: true is only offered', () => {
  for (const name of ['Không rõ', 'N/A', '?', 'chưa rõ', 'unknown', '...', '-']) {
    const text = withLine(BASE, '  name: Tô Lâm', `  name: "${name}"`);
    const ds = check(text).filter((d) => d.code === 'person-without-name');
    assert.equal(ds.length, 1, name);
    assert.deepEqual(
      ds[0].fixes?.map((f) => [f.title, f.preferred]),
      [['Thay bằng unnamed: true', false]],
    );
  }
  // A real name that happens to be short is a name.
  assert.deepEqual(
    codes(BASE.replace('  name: Tô Lâm', '  name: Na')).filter((c) => c.startsWith('person')),
    [],
  );
});

test('a source without a publisher: an internal document says so; a stand-in publisher is rejected', () => {
  const internal = withLine(
    BASE,
    '  publisher: ANTD.VN\n  published: 2020-02-27',
    '  kind: nội bộ\n  document: Báo cáo sơ kết công tác tháng 2-2020\n  held_by: Văn phòng Bộ Công an',
  );
  assert.deepEqual(codes(internal), []);
  assert.deepEqual(codes(withLine(internal, '  document: Báo cáo sơ kết công tác tháng 2-2020\n', '')), ['missing-key@19:1']);
  assert.deepEqual(codes(withLine(BASE, '  publisher: ANTD.VN\n', '')), ['missing-key@19:1']);
  const made = check(withLine(BASE, 'publisher: ANTD.VN', 'publisher: Không rõ'));
  assert.deepEqual(made.map(brief), ['placeholder-source@20:14']);
  assert.match(made[0].message, /kind: nội bộ/);
});

test('bodies outside the police: ministries, Party and State bodies, army units, their heads', () => {
  const people = [
    'participants:',
    '  - name: Phạm Minh Chính',
    '    force: dân sự',
    '    positions: [Thủ tướng Chính phủ]',
    '  - name: Phan Đình Trạc',
    '    force: dân sự',
    '    positions: [Trưởng Ban Nội chính Trung ương]',
    '    unit: Ban Nội chính Trung ương',
    '  - name: Bùi Thanh Sơn',
    '    force: dân sự',
    '    positions: [Bộ trưởng Bộ Ngoại giao]',
    '  - unnamed: true',
    '    positions: [Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên]',
    '    unit: Ủy ban nhân dân tỉnh Hưng Yên',
    '',
  ].join('\n');
  assert.deepEqual(codes(BASE + people), []);
  // An organizer, a scope and a target issuer may be such a body too.
  const scoped = withLine(BASE, '    unit: vụ\n', '    unit: vụ\n    scope: Bộ Quốc phòng\n    target: { value: 1000, issuer: Chính phủ }\n');
  assert.deepEqual(codes(scoped), []);
});

test('an army unit puts its people on the army ladder when the record gives no force', () => {
  const person = (rank: string, unit: string) => BASE + `participants:\n  - unnamed: true\n    rank: ${rank}\n    unit: ${unit}\n`;
  assert.deepEqual(codes(person('Đô đốc', 'Bộ Quốc phòng')), []);
  assert.deepEqual(codes(person('Đô đốc', 'Bộ Công an')), ['rank-not-in-force@24:11']);
  assert.deepEqual(codes(person('Thượng tướng', 'Bộ Ngoại giao')), ['rank-not-in-force@24:11']);
});

test('a ministry merged on 2025-03-01 is not valid after it; its successor is only offered', () => {
  let text = withLine(BASE, '  date: 2020-02-26', '  date: 2025-04-04')
    .replaceAll('tháng 2-2020', 'tháng 3-2025')
    .replace('2020-02-01', '2025-03-01')
    .replace('2020-02-29', '2025-03-31')
    .replace('published: 2020-02-27', 'published: 2025-04-05');
  text = withLine(text, '  format: trực tuyến', '  format: trực tuyến\n  organizer: Bộ Thông tin và Truyền thông');
  const ds = check(text);
  assert.deepEqual(ds.map(brief), ['unit-not-valid-at-date@10:14']);
  assert.match(ds[0].message, /Bộ Khoa học và Công nghệ/);
  assert.deepEqual(
    ds[0].fixes?.map((f) => f.preferred),
    [false],
  );
});

test('periods as written, with the year taken from the record', () => {
  const cases: [string, string, string | undefined][] = [
    ['tháng 6', '2024-07-02', '2024-06-01..2024-06-30'],
    ['quý III', '2023-09-28', '2023-07-01..2023-09-30'],
    ['9 tháng đầu năm', '2023-09-28', '2023-01-01..2023-09-30'],
    ['6-7/12', '2020-12-06', '2020-12-06..2020-12-07'],
    ['ngày 6 và 7/12/2020', '2020-12-06', '2020-12-06..2020-12-07'],
    ['26 - 27/12', '2024-12-26', '2024-12-26..2024-12-27'],
    ['30/11 - 2/12', '2024-12-01', '2024-11-30..2024-12-02'],
    ['2.10', '2020-10-02', '2020-10-02..2020-10-02'],
    ['1.7', '2025-07-01', '2025-07-01..2025-07-01'],
    // Reviewed in January: December is last year's.
    ['tháng 12', '2025-01-05', '2024-12-01..2024-12-31'],
    ['7-6/12', '2020-12-06', undefined],
    ['31-32/12', '2020-12-06', undefined],
  ];
  for (const [text, date, want] of cases) {
    const got = parsePeriod(text, date);
    assert.equal(got && `${got.start}..${got.end}`, want, text);
  }
});

test('a period without a year is filled from the record; a range whose end disagrees is caught', () => {
  const text = withLine(
    BASE,
    '    text: tháng 2-2020\n    start: 2020-02-01\n    end: 2020-02-29',
    '    text: tháng 2\n    start: 2020-02-01\n    end: 2020-02-29',
  );
  assert.deepEqual(codes(text), []);
  const range = withLine(
    BASE,
    '    text: tháng 2-2020\n    start: 2020-02-01\n    end: 2020-02-29',
    '    text: 25-26/2\n    start: 2020-02-25\n    end: 2020-02-27',
  );
  const ds = check(range);
  assert.deepEqual(ds.map(brief), ['period-mismatch@8:10']);
  assert.equal(ds[0].message, 'Kỳ "25-26/2" có end là 2020-02-26, không phải 2020-02-27.');
});

test('meeting.date against the date as written, ranges included', () => {
  const at = (written: string, date: string) => withLine(BASE, '  date: 2020-02-26', `  date: ${date}\n  date_as_written: ${written}`);
  assert.deepEqual(codes(at('"25 - 26/2"', '2020-02-26')), []);
  assert.deepEqual(codes(at('Ngày 26-2', '2020-02-26')), []);
  assert.deepEqual(codes(at('"26.2"', '2020-02-26')), []);
  assert.deepEqual(codes(at('Ngày 25-2', '2020-02-26')), ['date-as-written-mismatch@4:9']);
  assert.deepEqual(codes(at('sáng nay', '2020-02-26')), []); // unreadable words are not a contradiction
});

test('completion and hover treat bodies outside the police like police units', () => {
  const unitLine = (typed: string) => withLine(BASE, '    - Bộ trưởng Bộ Công an', `    - Bộ trưởng Bộ Công an\n  unit: ${typed}`);
  const complete = (marked: string) => {
    const c = at(engine, marked);
    return engine.complete(c.record, c.position);
  };
  assert.deepEqual(
    complete(unitLine('bo quoc|')).map((i) => [i.label, i.detail]),
    [['Bộ Quốc phòng', 'bộ']],
  );
  const h = at(engine, unitLine('Bộ Quốc| phòng'));
  assert.equal(
    engine.hover(h.record, h.position)?.contents,
    '**Bộ Quốc phòng**\n\nLoại: bộ\n\nLực lượng: Quân đội nhân dân\n\nGhi chú: Người của Bộ dùng thang cấp bậc Quân đội nhân dân (S12)\n\nNguồn: R20, S12',
  );
  // The head of the person's own body first; ranks from the ladder of the person's unit.
  const positions = complete(withLine(BASE, '    - Bộ trưởng Bộ Công an', '    - |\n  unit: Bộ Ngoại giao'));
  assert.deepEqual(positions[0].label, 'Bộ trưởng Bộ Ngoại giao');
  const ranks = complete(
    withLine(BASE, '  rank: Đại tướng', '  rank: |').replace('    - Bộ trưởng Bộ Công an', '    - Bộ trưởng Bộ Công an\n  unit: Bộ Quốc phòng'),
  );
  assert.deepEqual(
    ranks.slice(0, 3).map((i) => i.label),
    ['Đại tướng', 'Thượng tướng', 'Đô đốc'],
  );
});
