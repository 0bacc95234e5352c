// The drafter's recognisers one by one, on the forms the articles use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newEngine } from '../../helpers/engine';
import { draftRecord, splitSentences } from '../../../server/src/engine';
import { findNumbers } from '../../../server/src/engine/draft/numbers';
import { findDates, findPeriods, resolveYear } from '../../../server/src/engine/draft/dates';

const engine = newEngine();
const draft = (text: string, options = {}) => draftRecord(text, engine.catalogs, options);
const stats = (text: string) => draft(text).record.statistics as Record<string, unknown>[] | undefined;

test('sentences end at a stop before a capital and at line breaks; numbers and abbreviations stay whole', () => {
  const text = 'Thu giữ 1.457 vụ tại CATP.HCM. Đề án 06/CP đạt 88,01%!\nToàn cảnh hội nghị';
  assert.deepEqual(
    splitSentences(text).map((s) => text.slice(s.start, s.end)),
    ['Thu giữ 1.457 vụ tại CATP.HCM.', 'Đề án 06/CP đạt 88,01%!', 'Toàn cảnh hội nghị'],
  );
  assert.deepEqual(
    splitSentences(text).map((s) => s.paragraph),
    [0, 0, 1],
  );
});

test('Vietnamese numbers: grouping dots, decimal commas; dates and codes are not numbers', () => {
  const text = '19.685 vụ, 86,93%, 28kg, ngày 26-2, 28/9/2023, Đề án 06/CP, 27,393 lượt';
  assert.deepEqual(
    findNumbers(text).map((n) => [n.written, n.value, n.ambiguousComma]),
    [
      ['19.685', 19685, false],
      ['86,93', 86.93, false],
      ['28', 28, false],
      ['06', 6, false],
      ['27,393', 27.393, true],
    ],
  );
});

test('a figure: value, catalog unit, approximation word, label from the words after it', () => {
  assert.deepEqual(stats('Các đơn vị đã thu giữ gần 28kg heroin.'), [{ label: 'Heroin', value: 28, unit: 'kg', approx: 'gần' }]);
  assert.deepEqual(stats('Lực lượng chức năng thu giữ hơn 13.800 viên ma túy tổng hợp.'), [
    { label: 'Viên ma túy tổng hợp', value: 13800, unit: 'viên', approx: 'hơn' },
  ]);
  assert.deepEqual(
    stats('Đã triệt phá 23 băng, nhóm tội phạm.')?.map((s) => s.unit),
    ['băng nhóm'],
  );
});

test('a count written with a decimal comma is read as thousands, and the comment says so', () => {
  const d = draft('Đã kiểm tra 27,393 lượt cơ sở kinh doanh.');
  assert.equal((d.record.statistics as Record<string, unknown>[])[0].value, 27393);
  assert.match(d.provenance.find((p) => p.path[0] === 'statistics')!.note!, /"27,393" đọc là 27393/);
});

test('a number word before the unit multiplies: "gần 2,1 triệu trường hợp"', () => {
  assert.deepEqual(
    stats('Đã xử lý gần 2,1 triệu trường hợp vi phạm.')?.map((s) => [s.value, s.unit, s.approx]),
    [[2100000, 'trường hợp', 'gần']],
  );
});

test('a unit named earlier in the clause: "số đối tượng bị bắt giữ là 92"', () => {
  assert.deepEqual(
    stats('Đã khởi tố 64 vụ; số đối tượng bị bắt giữ là 92.')?.map((s) => [s.value, s.unit]),
    [
      [64, 'vụ'],
      [92, 'đối tượng'],
    ],
  );
});

test('two comparisons joined by "và", in percent and in the unit', () => {
  const [s] = stats('Xảy ra 37 vụ cháy, giảm 12 vụ so với cùng kỳ năm 2021 và giảm 8,5% so với 6 tháng cuối năm 2021.')!;
  assert.deepEqual(s.comparisons, [
    { direction: 'giảm', amount: 12, baseline: 'cùng kỳ năm 2021' },
    { direction: 'giảm', percent: 8.5, baseline: '6 tháng cuối năm 2021' },
  ]);
});

test('a comparison in the next sentence attaches to the figure it names, and is not a figure itself', () => {
  const s = stats('Đã phát hiện 5.432 vụ phạm tội về kinh tế. So với cùng kỳ năm 2023, số vụ tăng 4,7%.')!;
  assert.equal(s.length, 1);
  assert.deepEqual(s[0].comparisons, [{ direction: 'tăng', percent: 4.7, baseline: 'cùng kỳ năm 2023' }]);
});

test('a change without a figure of its own is not a figure', () => {
  assert.equal(stats('Tổng số vụ phạm tội giảm 5,1% so với năm 2022.'), undefined);
});

test('targets: difference above or below, and the target value', () => {
  assert.deepEqual(stats('Tỷ lệ điều tra khám phá án đạt 86,93%, cao hơn chỉ tiêu 6,93%.')?.[0].target, { difference: 6.93 });
  assert.deepEqual(stats('Tỷ lệ giải quyết đúng hạn đạt 79,5%, vượt 9,5% so với chỉ tiêu 70%.')?.[0].target, { difference: 9.5, value: 70 });
  assert.deepEqual(stats('Tỷ lệ dịch vụ công toàn trình đạt 95%, thấp hơn chỉ tiêu 3%.')?.[0].target, { difference: -3 });
});

test('breakdowns: "trong đó" with labels before the parts, "gồm" with labels after', () => {
  const [a] = stats('Xảy ra 19.685 vụ vi phạm các loại, trong đó hình sự 1.203 vụ, ma túy 842 vụ.')!;
  assert.deepEqual(a.breakdown, [
    { label: 'hình sự', value: 1203 },
    { label: 'ma túy', value: 842 },
  ]);
  const [b] = stats('Phát hiện 1.100 trường hợp vi phạm, gồm 640 trường hợp vi phạm về điện, 455 trường hợp vi phạm về lối thoát nạn.')!;
  assert.deepEqual(b.breakdown, [
    { label: 'vi phạm về điện', value: 640 },
    { label: 'vi phạm về lối thoát nạn', value: 455 },
  ]);
});

test('dates as written, the published date, and the year of a date without one', () => {
  const text = 'Đăng ngày: 29/09/2023\nChiều 30/5, cuối giờ chiều nay 24-12, Ngày 5 tháng 9 năm 2024, 5-6 đối tượng';
  assert.deepEqual(
    findDates(text).map((d) => [d.written, d.d, d.m, d.y, d.published]),
    [
      ['29/09/2023', 29, 9, 2023, true],
      ['Chiều 30/5', 30, 5, undefined, false],
      ['cuối giờ chiều nay 24-12', 24, 12, undefined, false],
      ['Ngày 5 tháng 9 năm 2024', 5, 9, 2024, false],
    ],
  );
  const w = { span: [0, 0] as const, written: '24-12', d: 24, m: 12 };
  assert.equal(resolveYear(w, '2019-12-24').iso, '2019-12-24');
  assert.equal(resolveYear({ ...w, written: '6-2', d: 6, m: 2 }, undefined, { text: 'năm 2019', start: '2019-01-01', end: '2019-12-31' }).iso, '2020-02-06');
  assert.equal(
    resolveYear({ ...w, written: '26-2', d: 26, m: 2 }, undefined, { text: 'tháng 2-2020', start: '2020-02-01', end: '2020-02-29' }).iso,
    '2020-02-26',
  );
  assert.equal(resolveYear(w).iso, undefined);
});

test('periods: month, half-year, quarter (with or without year), unions', () => {
  const text = 'tháng 2-2020; tháng 5/2025; 6 tháng đầu năm 2022; quý III; Quý III/2023; quý III và 9 tháng đầu năm 2023; năm 2019';
  assert.deepEqual(
    findPeriods(text, 0, text.length, 2024).map((p) => [p.text, p.start, p.end]),
    [
      ['tháng 2-2020', '2020-02-01', '2020-02-29'],
      ['tháng 5/2025', '2025-05-01', '2025-05-31'],
      ['6 tháng đầu năm 2022', '2022-01-01', '2022-06-30'],
      ['quý III', '2024-07-01', '2024-09-30'],
      ['Quý III/2023', '2023-07-01', '2023-09-30'],
      ['quý III và 9 tháng đầu năm 2023', '2023-01-01', '2023-09-30'],
      ['năm 2019', '2019-01-01', '2019-12-31'],
    ],
  );
});

test('people: rank, name, positions to the catalog spelling; two of the same rank in one sentence', () => {
  const d = draft(
    'Ngày 12-3, Công an thành phố Hà Nội tổ chức Hội nghị. Thiếu tướng Nguyễn Hải Trung, Giám đốc Công an thành phố Hà Nội chủ trì Hội nghị; Đại tá Đào Thanh Hải, Phó Giám đốc Công an thành phố Hà Nội và Đại tá Nguyễn Thanh Tùng, Phó Giám đốc Công an thành phố Hà Nội cùng dự.',
    { published: '2024-03-12' },
  );
  assert.deepEqual(d.record.chair, { rank: 'Thiếu tướng', name: 'Nguyễn Hải Trung', positions: ['Giám đốc Công an thành phố Hà Nội'] });
  assert.deepEqual(d.record.participants, [
    { rank: 'Đại tá', name: 'Đào Thanh Hải', positions: ['Phó Giám đốc Công an thành phố Hà Nội'], role: 'tham dự' },
    { rank: 'Đại tá', name: 'Nguyễn Thanh Tùng', positions: ['Phó Giám đốc Công an thành phố Hà Nội'], role: 'tham dự' },
  ]);
  const tone = draft('Đại tướng Tô Lâm, Uỷ viên Bộ Chính trị, Bộ trưởng Bộ Công an chủ trì Hội nghị.');
  assert.deepEqual((tone.record.chair as Record<string, unknown>).positions, ['Ủy viên Bộ Chính trị', 'Bộ trưởng Bộ Công an']);
});

test('a connection point and its chair; the position completed with the unit the text names there', () => {
  const d = draft(
    'Ngày 28/9/2023, Bộ Công an tổ chức Hội nghị trực tuyến sơ kết công tác. Đại tá Nguyễn Thanh Trường - Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh chủ trì tại điểm cầu Công an tỉnh Hưng Yên.',
  );
  const meeting = d.record.meeting as Record<string, unknown>;
  assert.equal(meeting.format, 'trực tuyến');
  assert.deepEqual(meeting.connection_points, [
    {
      unit: 'Công an tỉnh Hưng Yên',
      chaired_by: { rank: 'Đại tá', name: 'Nguyễn Thanh Trường', positions: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Giám đốc Công an tỉnh Hưng Yên'] },
    },
  ]);
});

test('directives: after the speaker with the addressee, and the instruction sentences that follow', () => {
  const d = draft(
    'Phát biểu chỉ đạo, Đại tướng Tô Lâm yêu cầu Công an các đơn vị, địa phương tiếp tục thực hiện nghiêm túc các chỉ đạo của Trung ương.\n\nToàn cảnh hội nghị\n\nTiếp tục triển khai Kế hoạch bảo đảm an ninh các sự kiện. Hội nghị kết thúc lúc 17 giờ.\n\nTăng cường tuần tra vào ban đêm.',
  );
  assert.deepEqual(d.record.directives, [
    { text: 'Tiếp tục thực hiện nghiêm túc các chỉ đạo của Trung ương.', issued_by: 'Tô Lâm', addressees: ['Công an các đơn vị, địa phương'] },
    { text: 'Tiếp tục triển khai Kế hoạch bảo đảm an ninh các sự kiện.', issued_by: 'Tô Lâm', addressees: ['Công an các đơn vị, địa phương'] },
  ]);
});

test('meeting: title, kind, organiser, place, publisher at the head of the article', () => {
  const d = draft('VOV.VN - Sáng 20-6, tại Hà Nội, Bộ Công an tổ chức Hội nghị sơ kết công tác công an 6 tháng đầu năm 2024.');
  assert.deepEqual(d.record.meeting, {
    kind: 'sơ kết',
    title: 'Hội nghị sơ kết công tác công an 6 tháng đầu năm 2024',
    date: '2024-06-20',
    date_as_written: 'Sáng 20-6',
    period: { text: '6 tháng đầu năm 2024', start: '2024-01-01', end: '2024-06-30' },
    organizer: 'Bộ Công an',
    location: 'Hà Nội',
  });
  assert.deepEqual(d.record.source, { publisher: 'VOV.VN' });
});
