import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { newEngine, read, SAMPLES, BASE } from '../../helpers/engine';
import { recordCard } from '../../../server/src/engine/views';

const engine = newEngine();
engine.setPeopleRegistry(read(join(SAMPLES, '.briefing', 'people.yaml')));
const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.briefing.yaml'));

for (const file of samples) {
  test(`card of ${file}: every item the data holds, each at its own line`, () => {
    const text = read(join(SAMPLES, file));
    const lines = text.split('\n');
    const data = parseYaml(text);
    const card = recordCard(engine.parse(text, file), { locale: 'vi' });
    assert.equal(card.meeting.title, data.meeting.title);
    assert.equal(card.meeting.kind, data.meeting.kind);
    assert.equal(card.meeting.date, data.meeting.date);
    assert.equal(card.meeting.period?.text, data.meeting.period?.text);
    assert.equal(lines[card.meeting.line!], 'meeting:');
    assert.equal(card.participants.length, (data.participants ?? []).length);
    card.participants.forEach((p, i) => {
      assert.equal(p.name, data.participants[i].name);
      assert.match(lines[p.line!], /^ {2}- /, `participant ${i} points at its list item`);
      if (p.name) assert.ok(lines.slice(p.line!, p.line! + 8).some((l) => l.includes(p.name!)));
      else assert.equal(p.unnamed, data.participants[i].unnamed === true);
    });
    if (data.chair.absent) assert.equal(card.chairAbsent?.reason, data.chair.absent);
    else assert.equal(card.chair?.display, `${data.chair.rank} ${data.chair.name}`);
    assert.equal(card.directives.length, (data.directives ?? []).length);
    card.directives.forEach((d, i) => {
      assert.equal(d.issuedBy, data.directives[i].issued_by);
      assert.match(lines[d.line!], /^ {2}- text:/);
    });
    assert.equal(card.statistics.length, (data.statistics ?? []).length);
    card.statistics.forEach((s, i) => {
      assert.equal(s.value, data.statistics[i].value);
      assert.equal(lines[s.line!].trim(), `- label: ${data.statistics[i].label}`);
    });
    // One chart per measurement unit, every statistic with a number in exactly one chart.
    const numbered = (data.statistics ?? []).filter((s: { value?: unknown }) => typeof s.value === 'number');
    const units = new Set(numbered.map((s: { unit: string }) => s.unit));
    assert.deepEqual(card.charts.map((c) => c.unit).sort(), [...units].sort());
    assert.equal(
      card.charts.reduce((n, c) => n + c.bars.length, 0),
      numbered.length,
    );
    assert.deepEqual(card.problems, []);
  });
}

test("numbers in the reader's language, approximations and units kept", () => {
  const text = read(join(SAMPLES, '2020-02-26-giao-ban-thang-2.briefing.yaml'));
  const vi = recordCard(engine.parse(text), { locale: 'vi' }).statistics;
  const en = recordCard(engine.parse(text), { locale: 'en' }).statistics;
  assert.deepEqual(
    vi.map((s) => s.valueText),
    ['1.457 vụ', '1.978 đối tượng', 'gần 28 kg', '138,6 kg', '162.526 viên', '5,5 kg'],
  );
  assert.deepEqual(
    en.map((s) => s.valueText),
    ['1,457 vụ', '1,978 đối tượng', 'nearly 28 kg', '138.6 kg', '162,526 viên', '5.5 kg'],
  );
  const card = recordCard(engine.parse(text), { locale: 'en' });
  assert.equal(card.labels.statistics, 'Statistics');
  assert.deepEqual(
    card.charts.map((c) => c.title),
    ['Statistics (vụ)', 'Statistics (đối tượng)', 'Statistics (kg)', 'Statistics (viên)'],
  );
  assert.equal(card.charts[2].description, 'Statistics (kg): 3 figures; largest: Ma túy tổng hợp thu giữ (tính theo khối lượng), 138.6 kg.');
});

/** BASE without its statistics, so a test can give its own. */
const HEAD = BASE.slice(0, BASE.indexOf('statistics:'));

const WITH_FIGURES = `${HEAD}statistics:
  - label: Tội phạm về trật tự xã hội
    value: 54944
    unit: vụ
    comparisons:
      - { direction: giảm, percent: 23.16, baseline: cùng kỳ năm 2019 }
      - { direction: tăng, amount: 120, approx: hơn, baseline: tháng trước }
    breakdown:
      - { label: hình sự, value: 20516 }
      - { label: kinh tế, value: 8875, approx: khoảng }
  - label: Tỷ lệ điều tra khám phá
    value: 79.5
    unit: "%"
    target: { value: 70, difference: 9.5, issuer: Quốc hội, future_key: kept }
  - label: Số vụ so với cùng kỳ
    unit: vụ
    comparisons:
      - { direction: giảm, percent: 5, baseline: cùng kỳ }
    unknown_extra: { nested: [1, 2] }
`;

test('comparisons as arrows with percent and baseline, targets, breakdown shares', () => {
  const card = recordCard(engine.parse(WITH_FIGURES), { locale: 'vi' });
  const [total, rate, noValue] = card.statistics;
  assert.deepEqual(
    total.comparisons.map((c) => c.text),
    ['↓ giảm 23,16% so với cùng kỳ năm 2019', '↑ tăng hơn 120 vụ so với tháng trước'],
  );
  assert.deepEqual(
    total.breakdown.map((p) => [p.text, p.share?.toFixed(4)]),
    [
      ['hình sự: 20.516 vụ', '0.3734'],
      ['kinh tế: khoảng 8.875 vụ', '0.1615'],
    ],
  );
  assert.equal(rate.target, '70%, vượt 9,5%, do Quốc hội');
  // A statistic without a value: kept in the table with its comparison, left out of the chart.
  assert.equal(noValue.value, undefined);
  assert.equal(noValue.valueText, '');
  assert.deepEqual(
    noValue.comparisons.map((c) => c.arrow),
    ['↓'],
  );
  const vu = card.charts.find((c) => c.unit === 'vụ')!;
  assert.deepEqual(
    vu.bars.map((b) => b.label),
    ['Tội phạm về trật tự xã hội'],
  );
  assert.deepEqual(vu.bars[0].parts, [
    { label: 'hình sự', value: 20516 },
    { label: 'kinh tế', value: 8875 },
    { label: 'còn lại', value: 54944 - 20516 - 8875 },
  ]);
  const en = recordCard(engine.parse(WITH_FIGURES), { locale: 'en' }).statistics;
  assert.equal(en[0].comparisons[0].text, '↓ down 23.16% on cùng kỳ năm 2019');
  assert.equal(en[1].target, '70%, 9.5% above, set by Quốc hội');
});

test('open problems come from the diagnostics, in line order, with severity words', () => {
  const text =
    HEAD.replace('date: 2020-02-26', 'date: 26-2') + 'statistics:\n  - label: Ma túy\n    value: 1.457\n    unit: vụ\nsource:\n  publisher: ANTD.VN\n';
  const record = engine.parse(text);
  const card = recordCard(record, { locale: 'en', diagnostics: engine.validate(record, { locale: 'en' }) });
  assert.deepEqual(
    card.problems.map((p) => `${p.line + 1}:${p.code}:${p.severityText}`),
    ['4:date-format:error', `${text.split('\n').indexOf('    value: 1.457') + 1}:thousands-separator:error`],
  );
});

test('a record that is not a map, or empty, still gives a card', () => {
  for (const text of ['', '- just\n- a list\n', 'meeting: 5\nstatistics: nope\nparticipants: [1, null]\n', ': : :\n']) {
    const card = recordCard(engine.parse(text));
    assert.equal(card.meeting.title, '(chưa có tiêu đề)');
    assert.deepEqual(card.statistics, []);
    assert.deepEqual(card.participants, []);
  }
});
