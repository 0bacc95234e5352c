import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, foldedMatches, foldReference, closest } from '../../server/src/engine/text/fold';
import { differsOnlyInTonePlacement, formatVietnameseNumber, parseVietnameseNumber, looksLikeThousandsGrouping } from '../../server/src/engine/text/vietnamese';
import { parsePeriod } from '../../server/src/engine/dates/period';
import { parseWrittenDate } from '../../server/src/engine/dates/written-date';
import { LineIndex } from '../../server/src/engine/text/lines';

test('fold removes diacritics, đ and its look-alikes, case and punctuation', () => {
  assert.equal(fold('Đại tướng'), 'dai tuong');
  assert.equal(fold('\u00D0ại tướng'), 'dai tuong');
  assert.equal(fold('Đại tướng'.normalize('NFD')), 'dai tuong');
  assert.equal(fold('Cục Pháp chế và cải cách hành chính, tư pháp'), 'cuc phap che va cai cach hanh chinh tu phap');
  assert.equal(fold('Uỷ viên'), fold('Ủy viên'));
});

test('folded prefix matching: "dai t" finds Đại tướng and Đại tá, not Trung tướng', () => {
  assert.ok(foldedMatches('dai t', 'Đại tướng'));
  assert.ok(foldedMatches('dai t', 'Đại tá'));
  assert.ok(!foldedMatches('dai t', 'Trung tướng'));
  assert.ok(foldedMatches('tuong', 'Đại tướng'));
});

test('closest suggests typos within a third of the length', () => {
  assert.equal(closest('Thieu tuong', ['Đại tướng', 'Thiếu tướng', 'Thiếu tá']), 'Thiếu tướng');
  assert.equal(closest('xyz', ['Đại tướng']), undefined);
});

test('tone-mark placement: Uỷ/Ủy and hoà/hòa differ only in placement; Quý does not', () => {
  assert.ok(differsOnlyInTonePlacement('Uỷ viên', 'Ủy viên'));
  assert.ok(differsOnlyInTonePlacement('hoà nhập', 'hòa nhập'));
  assert.ok(!differsOnlyInTonePlacement('Quý', 'Quý'));
  assert.ok(!differsOnlyInTonePlacement('Ủy', 'Uy'));
  assert.ok(differsOnlyInTonePlacement('ma tuý', 'ma túy'));
});

test('Vietnamese numbers', () => {
  assert.equal(formatVietnameseNumber(1457), '1.457');
  assert.equal(formatVietnameseNumber(88.01), '88,01');
  assert.equal(parseVietnameseNumber('1.457'), 1457);
  assert.equal(parseVietnameseNumber('138,6'), 138.6);
  assert.equal(parseVietnameseNumber('1.250.000'), 1250000);
  assert.equal(parseVietnameseNumber('88,01%'), 88.01);
  assert.equal(parseVietnameseNumber('nhiều'), undefined);
  assert.ok(looksLikeThousandsGrouping('162.526'));
  assert.ok(!looksLikeThousandsGrouping('138.6'));
});

test('periods as written', () => {
  assert.deepEqual(parsePeriod('tháng 2-2020'), { start: '2020-02-01', end: '2020-02-29' });
  assert.deepEqual(parsePeriod('Quý III/2023'), { start: '2023-07-01', end: '2023-09-30' });
  assert.deepEqual(parsePeriod('6 tháng đầu năm 2020'), { start: '2020-01-01', end: '2020-06-30' });
  assert.deepEqual(parsePeriod('6 tháng cuối năm 2020'), { start: '2020-07-01', end: '2020-12-31' });
  assert.deepEqual(parsePeriod('năm 2019'), { start: '2019-01-01', end: '2019-12-31' });
  assert.deepEqual(parsePeriod('quý III và 9 tháng đầu năm 2023'), { start: '2023-01-01', end: '2023-09-30' });
  assert.equal(parsePeriod('mùa xuân'), undefined);
});

test('dates as written', () => {
  assert.deepEqual(parseWrittenDate('26-2'), { d: 26, m: 2, y: undefined });
  assert.deepEqual(parseWrittenDate('Ngày 28/9/2023'), { d: 28, m: 9, y: 2023 });
  assert.deepEqual(parseWrittenDate('2.10'), { d: 2, m: 10, y: undefined });
  assert.equal(parseWrittenDate('31-2'), undefined);
});

test('line index handles CRLF and out-of-range offsets', () => {
  const li = new LineIndex('ab\r\ncd\n');
  assert.deepEqual(li.positionAt(3), { line: 0, character: 2 });
  assert.deepEqual(li.positionAt(4), { line: 1, character: 0 });
  assert.equal(li.offsetAt({ line: 1, character: 99 }), 6);
  assert.deepEqual(li.positionAt(999), { line: 2, character: 0 });
});

test('fold agrees with its definition on every character it has in its table, and on mixed text', () => {
  const chars: string[] = [];
  for (const [from, to] of [
    [0x0000, 0x024f],
    [0x0300, 0x036f],
    [0x0370, 0x03ff],
    [0x1e00, 0x1eff],
    [0x2000, 0x206f],
  ]) {
    for (let c = from; c <= to; c++) chars.push(String.fromCharCode(c));
  }
  for (const ch of chars) {
    for (const s of [ch, `a${ch}b`, ` ${ch} `, `Đ${ch}Ư`, `${ch}${ch}`]) assert.equal(fold(s), foldReference(s), JSON.stringify(s));
  }
  // Strings drawn from the same characters (with NFD text, Greek final sigma, astral and CJK).
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const extra = ['ΟΔΟΣ', 'ς', '中文', '😀', 'Tiếp'.normalize('NFD'), '  ', ', ', '–', '%'];
  for (let i = 0; i < 3000; i++) {
    let s = '';
    const n = next() % 24;
    for (let j = 0; j < n; j++) s += next() % 10 === 0 ? extra[next() % extra.length] : chars[next() % chars.length];
    assert.equal(fold(s), foldReference(s), JSON.stringify(s));
  }
  const long = 'Tiếp tục triển khai quyết liệt, đồng bộ các giải pháp – '.repeat(800);
  assert.equal(fold(long), foldReference(long));
});
