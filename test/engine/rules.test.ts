// Exact ranges, codes, messages and fix results of the domain rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newEngine, BASE, withLine, brief, covered } from '../helpers/engine';
import { applyEdits, fixAll, Severity } from '../../server/src/engine';

const engine = newEngine();
const check = (text: string, locale: 'vi' | 'en' = 'vi') => engine.check(text, 'test.briefing.yaml', { locale });
const only = (text: string) => {
  const ds = check(text);
  assert.equal(ds.length, 1, ds.map(brief).join(', '));
  return ds[0];
};
const applyPreferred = (text: string, d: ReturnType<typeof only>) => applyEdits(text, d.fixes!.find((f) => f.preferred)!.edits);

test('the base fixture is valid', () => {
  assert.deepEqual(check(BASE).map(brief), []);
});

test('1.457 vụ: error on the value with the fix to 1457', () => {
  const text = withLine(BASE, '    value: 1457', '    value: 1.457');
  const d = only(text);
  assert.equal(brief(d), 'thousands-separator@17:12');
  assert.equal(d.severity, Severity.error);
  assert.equal(covered(text, d), '1.457');
  assert.match(d.message, /YAML đọc 1\.457 là số thập phân/);
  assert.match(d.message, /1457/);
  assert.equal(applyPreferred(text, d), BASE);
});

test('1.457 in English', () => {
  const d = check(withLine(BASE, '    value: 1457', '    value: 1.457'), 'en')[0];
  assert.equal(d.message, '1.457 vụ: YAML reads 1.457 as a decimal, but "vụ" counts whole things. Did you mean 1457?');
});

test('a 3-decimal value on a non-count unit is a warning without a preferred fix', () => {
  const text = withLine(withLine(BASE, '    value: 1457', '    value: 7.149'), '    unit: vụ', '    unit: kg');
  const d = only(text);
  assert.equal(brief(d), 'thousands-separator@17:12');
  assert.equal(d.severity, Severity.warning);
  assert.equal(d.fixes?.[0].preferred, false);
});

test('a value written as Vietnamese text becomes a number', () => {
  const text = withLine(BASE, '    value: 1457', '    value: "1.457"');
  const d = only(text);
  assert.equal(brief(d), 'wrong-type@17:12');
  assert.equal(covered(text, d), '"1.457"');
  assert.equal(applyPreferred(text, d), BASE);
});

test('a typo in a key: did you mean, and the rename fix', () => {
  const text = withLine(BASE, '  format: trực tuyến', '  fromat: trực tuyến');
  const d = only(text);
  assert.equal(brief(d), 'unknown-key@9:3');
  assert.equal(covered(text, d), 'fromat');
  assert.match(d.message, /có phải "format"/);
  assert.equal(applyPreferred(text, d), BASE);
});

test('a missing required key points at its parent and offers a snippet', () => {
  const text = withLine(BASE, '  publisher: ANTD.VN\n', '');
  const d = only(text);
  assert.equal(brief(d), 'missing-key@19:1');
  assert.equal(covered(text, d), 'source');
  const fix = d.fixes![0];
  assert.equal(fix.snippet, true);
  assert.equal(fix.edits[0].newText, '\n  publisher: ${1:ANTD.VN}');
});

test('unaccented rank: matched, canonical spelling offered', () => {
  const text = withLine(BASE, '  rank: Đại tướng', '  rank: dai tuong');
  const d = only(text);
  assert.equal(brief(d), 'catalog-spelling@11:9');
  assert.match(d.message, /thiếu dấu/);
  assert.equal(applyPreferred(text, d), BASE);
});

test('lower-case rank is matched and fixed', () => {
  const text = withLine(BASE, '  rank: Đại tướng', '  rank: đại tướng');
  const d = only(text);
  assert.match(d.message, /viết hoa\/thường/);
  assert.equal(applyPreferred(text, d), BASE);
});

test('the other tone-mark placement of a catalog position', () => {
  const text = withLine(BASE, '    - Bộ trưởng Bộ Công an', '    - Bộ trưởng Bộ Công an\n    - Uỷ viên Bộ Chính trị');
  const d = only(text);
  assert.equal(brief(d), 'catalog-spelling@15:7');
  assert.match(d.message, /đặt dấu thanh khác/);
  assert.equal(applyPreferred(text, d), withLine(BASE, '    - Bộ trưởng Bộ Công an', '    - Bộ trưởng Bộ Công an\n    - Ủy viên Bộ Chính trị'));
});

test('a short position form is matched and the full form offered', () => {
  const text = withLine(BASE, '    - Bộ trưởng Bộ Công an', '    - Bộ trưởng Công an');
  const d = only(text);
  assert.equal(d.severity, Severity.info);
  assert.equal(applyPreferred(text, d), BASE);
});

test('NFD text: one diagnostic per word, fixed to NFC', () => {
  const nfd = 'Phạm'.normalize('NFD');
  const text = withLine(BASE, '  - label: Phạm tội', `  - label: ${nfd} tội`);
  const d = only(text);
  assert.equal(brief(d), 'text-not-nfc@16:12');
  assert.equal(covered(text, d), nfd);
  assert.equal(applyPreferred(text, d), BASE);
});

test('Ð (U+00D0) instead of Đ', () => {
  const text = withLine(BASE, '  rank: Đại tướng', '  rank: \u00D0ại tướng');
  const d = only(text);
  assert.equal(brief(d), 'lookalike-letter@11:9');
  assert.equal(applyPreferred(text, d), BASE);
});

test('rank above the legal ceiling of every position (warning, related position)', () => {
  const text = withLine(BASE, '    - Bộ trưởng Bộ Công an', '    - Giám đốc Công an tỉnh Hưng Yên');
  const d = only(text);
  assert.equal(brief(d), 'rank-above-ceiling@11:9');
  assert.equal(d.severity, Severity.warning);
  assert.match(d.message, /Giám đốc Công an tỉnh Hưng Yên/);
  assert.equal(d.related?.[0].range.start.line, 13);
});

test('Giám đốc Công an thành phố Hà Nội may be Trung tướng but not Thượng tướng', () => {
  const pos = (rank: string) =>
    withLine(withLine(BASE, '  rank: Đại tướng', `  rank: ${rank}`), '    - Bộ trưởng Bộ Công an', '    - Giám đốc Công an thành phố Hà Nội');
  assert.deepEqual(check(pos('Trung tướng')).map(brief), []);
  assert.deepEqual(check(pos('Thượng tướng')).map(brief), ['rank-above-ceiling@11:9']);
});

test('army ranks are not police ranks; civilians have none', () => {
  assert.deepEqual(check(withLine(BASE, '  rank: Đại tướng', '  rank: Đô đốc')).map(brief), ['rank-not-in-force@11:9']);
  const army = withLine(
    withLine(BASE, '  rank: Đại tướng', '  rank: Đô đốc\n  force: Quân đội nhân dân'),
    '    - Bộ trưởng Bộ Công an',
    '    - Ủy viên Bộ Chính trị',
  );
  assert.deepEqual(check(army).map(brief), []);
  const civilian = withLine(BASE, '  name: Tô Lâm', '  name: Tô Lâm\n  force: dân sự');
  assert.deepEqual(check(civilian).map(brief), ['rank-not-in-force@11:9']);
});

test('percent outside 0–100, negative value, non-integer count', () => {
  const pct = withLine(withLine(BASE, '    value: 1457', '    value: 101'), '    unit: vụ', '    unit: "%"');
  assert.deepEqual(check(pct).map(brief), ['percent-out-of-range@17:12']);
  assert.deepEqual(check(withLine(BASE, '    value: 1457', '    value: -3')).map(brief), ['negative-value@17:12']);
  assert.deepEqual(check(withLine(BASE, '    value: 1457', '    value: 14.5')).map(brief), ['count-not-integer@17:12']);
});

test('dates written the article way get their ISO form, year taken from the record', () => {
  const text = withLine(BASE, '  date: 2020-02-26', '  date: 26-2');
  const d = only(text);
  assert.equal(brief(d), 'date-format@4:9');
  assert.match(d.message, /2020-02-26/);
  assert.equal(applyPreferred(text, d), BASE);
  for (const [written, iso] of [
    ['28/9/2023', '2023-09-28'],
    ['2.10', '2020-10-02'],
    ['"2.10"', '"2020-10-02"'],
    ['ngày 6-2', '2020-02-06'],
  ] as const) {
    const t = withLine(BASE, '  published: 2020-02-27', `  published: ${written}`);
    const dd = check(t).filter((x) => x.code === 'date-format');
    assert.equal(dd.length, 1, written);
    assert.equal(dd[0].fixes?.[0].edits[0].newText, iso, written);
  }
});

test('period start/end are checked against the written period and filled when missing', () => {
  const wrong = withLine(BASE, '    end: 2020-02-29', '    end: 2020-02-28');
  const d = only(wrong);
  assert.equal(brief(d), 'period-mismatch@8:10');
  assert.equal(applyPreferred(wrong, d), BASE);
  const missing = withLine(BASE, '    start: 2020-02-01\n    end: 2020-02-29\n', '');
  assert.deepEqual(check(missing).map(brief), ['period-mismatch@6:11', 'period-mismatch@6:11']);
  assert.equal(fixAll(missing, (t) => check(t)).text, BASE);
});

test('quarters, half-years and unions of periods are read', () => {
  const q = withLine(
    withLine(withLine(BASE, '    text: tháng 2-2020', '    text: quý III và 9 tháng đầu năm 2023'), '    start: 2020-02-01', '    start: 2023-01-01'),
    '    end: 2020-02-29',
    '    end: 2023-09-30',
  );
  const withDate = withLine(withLine(q, '  date: 2020-02-26', '  date: 2023-09-28'), '  published: 2020-02-27', '  published: 2023-09-29');
  assert.deepEqual(
    check(withDate)
      .filter((d) => d.code === 'period-mismatch')
      .map(brief),
    [],
  );
});

test('breakdown parts may not exceed the total; comparisons need a size; targets must add up', () => {
  const parts = withLine(
    BASE,
    '    unit: vụ\n',
    '    unit: vụ\n    breakdown:\n      - label: heroin\n        value: 1000\n      - label: ma túy tổng hợp\n        value: 457\n',
  );
  assert.deepEqual(check(parts).map(brief), []);
  assert.deepEqual(check(parts.replace('value: 457', 'value: 458')).map(brief), ['breakdown-exceeds-total@19:5']);
  const cmp = withLine(
    BASE,
    '    unit: vụ\n',
    '    unit: vụ\n    comparisons:\n      - direction: giảm\n        percent: 23.16\n        baseline: cùng kỳ năm 2019\n',
  );
  assert.deepEqual(check(cmp).map(brief), []);
  assert.deepEqual(check(cmp.replace('        percent: 23.16\n', '')).map(brief), ['comparison-incomplete@20:9']);
  assert.deepEqual(check(cmp.replace('        baseline: cùng kỳ năm 2019\n', '')).map(brief), ['missing-key@20:9']);
  const target = withLine(
    withLine(BASE, '    value: 1457\n    unit: vụ\n', '    value: 79.5\n    unit: "%"\n    target:\n      value: 70\n      difference: 9.5\n'),
    '  - label: Phạm tội về ma túy',
    '  - label: Tỷ lệ điều tra khám phá',
  );
  assert.deepEqual(check(target).map(brief), []);
  assert.deepEqual(check(target.replace('difference: 9.5', 'difference: 5')).map(brief), ['target-mismatch@21:7']);
});

test('approximate values keep their qualifier and are valid', () => {
  const text = withLine(BASE, '    unit: vụ\n', '    unit: vụ\n    approx: hơn\n');
  assert.deepEqual(check(text).map(brief), []);
  assert.deepEqual(check(text.replace('approx: hơn', 'approx: hon')).map(brief), ['invalid-value@19:13']);
});

test('a meeting without a named chair says so explicitly', () => {
  const text = withLine(
    BASE,
    '  rank: Đại tướng\n  name: Tô Lâm\n  positions:\n    - Bộ trưởng Bộ Công an\n',
    '  absent: Văn phòng Bộ tổ chức, bài báo không nêu người chủ trì\n',
  );
  assert.deepEqual(check(text).map(brief), []);
  assert.deepEqual(check(text.replace('  absent:', '  name: Tô Lâm\n  absent:')).map(brief), ['unknown-key@11:3']);
});

test('duplicate statistic and directive point at the second one, related to the first', () => {
  const dup = withLine(BASE, '    unit: vụ\n', '    unit: vụ\n  - label: Phạm tội về ma túy\n    value: 1457\n    unit: vụ\n');
  const d = only(dup);
  assert.equal(brief(d), 'duplicate-statistic@19:12');
  assert.equal(d.related?.[0].range.start.line, 15);
});
