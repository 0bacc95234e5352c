import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from './csv';
import { ROOT } from '../helpers/engine';
import { cli, runInProcess, tempDir } from '../helpers/cli';

// The five seed records: counts across records stay fixed when samples are added.
const SEEDS = [
  '2019-12-24-hop-bao-cuoi-nam',
  '2020-02-06-tong-ket-van-phong-bo',
  '2020-02-26-giao-ban-thang-2',
  '2020-06-25-so-ket-6-thang',
  '2023-09-28-so-ket-quy-3',
].map((n) => `samples/${n}.briefing.yaml`);
const heroin = ['stats', ...SEEDS, '--label', 'Heroin thu giữ'];

test('stats: one row per statistic of every record, in meeting order, with file:line', () => {
  const r = runInProcess(['stats', ...SEEDS, '--format', 'json'], ROOT);
  assert.equal(r.code, 0, r.stderr);
  const rows = JSON.parse(r.stdout);
  assert.equal(rows.length, 36);
  assert.deepEqual(rows[0], {
    file: 'samples/2019-12-24-hop-bao-cuoi-nam.briefing.yaml',
    line: 97,
    meetingDate: '2019-12-24',
    meetingTitle: rows[0].meetingTitle,
    period: null,
    label: 'Tỉnh, thành phố thí điểm ghi âm, ghi hình có âm thanh trong hoạt động tố tụng hình sự',
    topic: 'ghi âm, ghi hình có âm thanh trong hoạt động tố tụng hình sự',
    unit: 'địa phương',
    value: 5,
    approx: null,
    comparisons: [],
    scope: null,
  });
  const text = readFileSync(join(ROOT, rows[35].file), 'utf8').split('\n');
  assert.equal(text[rows[35].line - 1].trim(), `- label: ${rows[35].label}`);
});

test('stats --label and --topic ignore diacritics and case; --from/--to select meetings', () => {
  const md = runInProcess([...heroin, '--format', 'md'], ROOT);
  assert.equal(md.code, 0, md.stderr);
  assert.equal(
    md.stdout,
    [
      '| Ngày họp | Kỳ | Nội dung | Chủ đề | Đơn vị | Giá trị | approx | So sánh | Phạm vi | Tệp |',
      '| --- | --- | --- | --- | --- | ---: | --- | --- | --- | --- |',
      '| 2020-02-26 | tháng 2-2020 | Heroin thu giữ | phòng, chống tội phạm về ma túy | kg | 28 | gần |  |  | samples/2020-02-26-giao-ban-thang-2.briefing.yaml:105 |',
      '| 2023-09-28 | Quý III/2023 | Heroin thu giữ | phòng, chống tội phạm về ma túy | kg | 95,52 |  |  |  | samples/2023-09-28-so-ket-quy-3.briefing.yaml:167 |',
      // No period of its own: the meeting's period is shown.
      '| 2023-09-28 | quý III và 9 tháng đầu năm 2023 | Heroin thu giữ trong đường dây ma tuý phối hợp với Lào triệt phá | phòng, chống tội phạm về ma túy | tấn | 5 | hơn |  | Cục Cảnh sát điều tra tội phạm về ma túy | samples/2023-09-28-so-ket-quy-3.briefing.yaml:267 |',
      '',
    ].join('\n'),
  );
  const json = (args: string[]) => JSON.parse(runInProcess([...args, '--format', 'json'], ROOT).stdout) as { value: number }[];
  assert.equal(json(['stats', ...SEEDS, '--topic', 'PHONG, CHONG TOI PHAM VE MA TUY']).length, 13);
  assert.deepEqual(
    json(['stats', ...SEEDS, '--topic', 'ma tuy', '--from', '2020-01-01', '--to', '2020-12-31']).map((r) => r.value),
    [1457, 1978, 28, 138.6, 162526, 5.5],
  );
  assert.deepEqual(json(['stats', ...SEEDS, '--topic', 'không có chủ đề này']), []);
});

test('stats --format table aligns columns, English headers and numbers with --locale en', () => {
  const r = runInProcess([...heroin, '--locale', 'en', '--to', '2020-12-31'], ROOT);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.match(lines[0], /^Meeting date {2}Period {8}Label {11}Topic {28}Unit {2}Value {2}approx {2}File$/);
  assert.equal(
    lines[1],
    '2020-02-26    tháng 2-2020  Heroin thu giữ  phòng, chống tội phạm về ma túy  kg       28  gần     samples/2020-02-26-giao-ban-thang-2.briefing.yaml:105',
  );
  assert.equal(lines.length, 3);
});

test('stats --format csv: RFC 4180 quoting, CRLF; --bom for spreadsheets; ";" writes decimal commas', () => {
  const plain = runInProcess(['stats', ...SEEDS, '--topic', 'ma tuy', '--format', 'csv'], ROOT).stdout;
  assert.ok(!plain.startsWith('\uFEFF'));
  assert.ok(plain.endsWith('\r\n'));
  const rows = parseCsv(plain, ',');
  assert.deepEqual(rows[0], ['Ngày họp', 'Kỳ', 'Nội dung', 'Chủ đề', 'Đơn vị', 'Giá trị', 'approx', 'So sánh', 'Phạm vi', 'Tệp']);
  assert.deepEqual(rows[4].slice(2, 7), ['Ma túy tổng hợp thu giữ (tính theo khối lượng)', 'phòng, chống tội phạm về ma túy', 'kg', '138.6', '']);
  assert.match(plain, /,"phòng, chống tội phạm về ma túy",/);
  const excel = runInProcess(['stats', ...SEEDS, '--topic', 'ma tuy', '--format', 'csv', '--bom', '--separator', ';'], ROOT).stdout;
  assert.ok(excel.startsWith('\uFEFFNgày họp;Kỳ;'));
  assert.deepEqual(parseCsv(excel.slice(1), ';')[4].slice(2, 6), [
    'Ma túy tổng hợp thu giữ (tính theo khối lượng)',
    'phòng, chống tội phạm về ma túy',
    'kg',
    '138,6',
  ]);
  const tab = runInProcess(['stats', ...SEEDS, '--label', 'can sa thu giu', '--format', 'csv', '--separator', 'tab'], ROOT).stdout;
  assert.equal(tab.split('\r\n')[1].split('\t')[5], '5.5');
});

test('stats: comparisons and a statistic without a value', () => {
  const dir = tempDir({
    'r.briefing.yaml': `meeting: { kind: họp báo, title: T, date: 2024-01-05 }
statistics:
  - { label: "Tội phạm", value: 100, unit: vụ, comparisons: [{ direction: giảm, percent: 5.5, baseline: cùng kỳ }] }
  - { label: "Tai nạn", unit: vụ, comparisons: [{ direction: tăng, percent: 2, baseline: năm trước }], future_key: 1 }
`,
  });
  const rows = JSON.parse(runInProcess(['stats', dir, '--format', 'json'], dir).stdout);
  assert.deepEqual(
    rows.map((r: { value: number | null }) => r.value),
    [100, null],
  );
  assert.deepEqual(rows[0].comparisons, [{ direction: 'giảm', percent: 5.5, amount: null, approx: null, baseline: 'cùng kỳ' }]);
  const csv = parseCsv(runInProcess(['stats', dir, '--format', 'csv'], dir).stdout, ',');
  assert.deepEqual(csv[2].slice(5, 8), ['', '', '↑ tăng 2% so với năm trước']);
});

test('stats: usage errors exit 2 with a message', () => {
  for (const args of [['--format', 'xml'], ['--from', '26-2-2020'], ['--from', '2021-01-01', '--to', '2020-01-01'], ['--separator', '|'], ['--bogus']]) {
    const r = runInProcess(['stats', 'samples', ...args], ROOT);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^briefing stats: /);
    assert.equal(r.stdout, '');
  }
  const missing = runInProcess(['stats', 'no-such-folder'], ROOT);
  assert.equal(missing.code, 2);
});

test('stats: the built command, --output writes the file', () => {
  const dir = tempDir();
  const r = cli([...heroin, '--format', 'csv', '--bom', '--output', join(dir, 'heroin.csv')]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(readFileSync(join(dir, 'heroin.csv'), 'utf8').split('\r\n').length, 5);
});
