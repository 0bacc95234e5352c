import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { newEngine, read, SAMPLES } from '../../helpers/engine';
import { statisticRows, filterRows, sortRows, groupCounts, seriesChart, type StatRow } from '../../../server/src/engine/views';

const engine = newEngine();
const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.briefing.yaml'));
const rowsOf = (file: string): StatRow[] => statisticRows(engine.parse(read(join(SAMPLES, file)), file));
// Counts across records are checked on the five seed records, so that adding a sample does not
// change them; every sample has its own test above.
const SEED_SAMPLES = [
  '2019-12-24-hop-bao-cuoi-nam.briefing.yaml',
  '2020-02-06-tong-ket-van-phong-bo.briefing.yaml',
  '2020-02-26-giao-ban-thang-2.briefing.yaml',
  '2020-06-25-so-ket-6-thang.briefing.yaml',
  '2023-09-28-so-ket-quy-3.briefing.yaml',
];
const all = sortRows(SEED_SAMPLES.flatMap(rowsOf));

for (const file of samples) {
  test(`rows of ${file}: one per statistic, with meeting date, period and file line`, () => {
    const text = read(join(SAMPLES, file));
    const data = parseYaml(text);
    const rows = rowsOf(file);
    assert.equal(rows.length, (data.statistics ?? []).length);
    rows.forEach((r, i) => {
      const s = data.statistics[i];
      assert.deepEqual([r.label, r.value, r.unit, r.topic, r.meetingDate], [s.label, s.value, s.unit, s.topic, data.meeting.date]);
      assert.equal(r.periodText, s.period?.text ?? data.meeting.period?.text);
      assert.equal(text.split('\n')[r.lineNumber - 1].trim(), `- label: ${s.label}`);
      assert.equal(r.uri, file);
    });
  });
}

test('rows across the seed samples are in meeting order', () => {
  assert.equal(all.length, 3 + 6 + 27);
  const dates = all.map((r) => r.meetingDate!);
  assert.deepEqual(dates, [...dates].sort());
  assert.equal(all[0].meetingDate, '2019-12-24');
});

test('topics and labels are grouped without diacritics, case or tone placement; counts most first', () => {
  const groups = groupCounts(all);
  const drugs = groups.find((g) => g.by === 'topic' && g.name === 'phòng, chống tội phạm về ma túy')!;
  assert.equal(drugs.count, 6 + 7);
  assert.deepEqual(drugs.units.sort(), ['kg', 'tấn', 'viên', 'vụ', 'đối tượng'].sort());
  assert.equal(groups[0].by, 'topic');
  assert.equal(groups[0].key, drugs.key);
  const heroin = groups.find((g) => g.by === 'label' && g.name === 'Heroin thu giữ')!;
  assert.equal(heroin.count, 2);
  // "Ma tuý tổng hợp" (2023) and "Ma túy tổng hợp" (2020) are one label.
  const synth = groups.filter((g) => g.by === 'label' && g.key === 'ma tuy tong hop thu giu tinh theo vien');
  assert.deepEqual(
    synth.map((g) => g.count),
    [2],
  );
});

test('filters: topic and label folded; from/to inclusive on the meeting date', () => {
  assert.equal(filterRows(all, { topic: 'PHONG, CHONG TOI PHAM VE MA TUY' }).length, 13);
  assert.deepEqual(
    filterRows(all, { label: 'heroin thu giu' }).map((r) => r.value),
    [28, 95.52, 5],
  );
  assert.equal(filterRows(all, { topic: 'ma tuy' }).length, 13);
  assert.equal(filterRows(all, { topic: 'ma t' }).length, 0, 'whole words only');
  assert.deepEqual(
    filterRows(all, { label: 'HEROIN THU GIU', exact: true }).map((r) => r.value),
    [28, 95.52],
  );
  assert.equal(filterRows(all, { topic: 'ma tuy', exact: true }).length, 0);
  assert.deepEqual(
    filterRows(all, { label: 'heroin thu giu', from: '2020-02-26', to: '2020-02-26' }).map((r) => r.value),
    [28],
  );
  assert.deepEqual(
    filterRows(all, { label: 'heroin thu giu', from: '2020-02-27' }).map((r) => r.value),
    [95.52, 5],
  );
  assert.equal(filterRows(all, { to: '2019-12-31' }).length, 3);
  assert.equal(filterRows(all, { topic: 'không có' }).length, 0);
});

test('a series per label and unit, points by meeting date; rows without a value are counted, not drawn', () => {
  const rows = filterRows(all, { topic: 'phòng, chống tội phạm về ma túy' });
  assert.equal(rows.length, 13);
  const noValue: StatRow = { ...rows[0], value: undefined, valueText: '' };
  const chart = seriesChart('ma túy', [...rows, noValue]);
  assert.equal(chart.skipped, 1);
  const heroin = chart.series.find((s) => s.name === 'Heroin thu giữ')!;
  assert.deepEqual(
    heroin.points.map((p) => [p.date, p.value, p.valueText]),
    [
      ['2020-02-26', 28, 'gần 28 kg'],
      ['2023-09-28', 95.52, '95,52 kg'],
    ],
  );
  assert.equal(heroin.points[1].uri, '2023-09-28-so-ket-quy-3.briefing.yaml');
  assert.deepEqual(chart.units.sort(), ['kg', 'tấn', 'viên', 'vụ', 'đối tượng'].sort());
  // Labels that differ in words stay apart; the same label in another unit is another series.
  assert.deepEqual(
    chart.series.map((s) => `${s.points.length} ${s.unit}`),
    ['1 vụ', '1 đối tượng', '2 kg', '2 kg', '2 viên', '2 kg', '1 vụ', '1 đối tượng', '1 tấn'],
  );
});
