// Hover: schema text on keys; catalog, registry and Vietnamese number writing on values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { newEngine, BASE, withLine, read, ROOT } from '../../helpers/engine';
import { at, range } from './cursor';

const engine = newEngine();
assert.deepEqual(engine.setPeopleRegistry(read(join(ROOT, 'test/fixtures/people/people.yaml'))), []);

function hover(marked: string, locale?: 'vi' | 'en') {
  const { record, position } = at(engine, marked);
  return engine.hover(record, position, { locale });
}

const EXAMPLE =
  '```yaml\nkind: sơ kết\ntitle: Hội nghị sơ kết công tác Công an quý III và 9 tháng đầu năm 2023\ndate: 2023-09-28\ndate_as_written: Ngày 28/9/2023\nperiod:\n  text: Quý III/2023\n  start: 2023-07-01\n  end: 2023-09-30\nformat: trực tuyến\norganizer: Bộ Công an\n```';

test('a key: title, required, description and examples in the locale', () => {
  assert.deepEqual(hover(BASE.replace('meeting:', 'mee|ting:')), {
    contents: `**meeting** · Cuộc họp · bắt buộc\n\nCuộc họp: loại, tên, ngày, kỳ công tác, hình thức\n\nVí dụ:\n\n${EXAMPLE}`,
    range: range(0, 0, 7),
  });
  assert.equal(
    hover(BASE.replace('meeting:', 'mee|ting:'), 'en')?.contents,
    `**meeting** · Meeting · required\n\nThe meeting: kind, title, date, period reviewed, format\n\nExamples:\n\n${EXAMPLE}`,
  );
  assert.deepEqual(hover(withLine(BASE, '  publisher: ANTD.VN', '  publisher: AN|TD.VN')), {
    contents: '**publisher** · bắt buộc\n\nBáo hoặc trang đăng bài; không ghi với tài liệu nội bộ\n\nVí dụ: `ANTD.VN`, `Tổ Quốc`, `Công an tỉnh Hưng Yên`',
    range: range(19, 13, 20),
  });
});

test('a key of a participant follows the schema reference to the person definition', () => {
  const h = hover(BASE + 'participants:\n  - name: Tô Lâm\n    ra|nk: Đại tướng\n');
  assert.equal(h?.contents, '**rank** · Cấp bậc hàm\n\nCấp bậc hàm tại ngày họp; bỏ trống với người dân sự\n\nVí dụ: `Đại tướng`, `Trung tướng`, `Đại tá`');
});

test('an enum value: its description', () => {
  assert.deepEqual(hover(withLine(BASE, '  format: trực tuyến', '  format: trực tu|yến')), {
    contents: '**trực tuyến**\n\nTrực tuyến: họp qua các điểm cầu',
    range: range(8, 10, 20),
  });
});

test('a rank: its place in the ladder, English gloss and sources', () => {
  assert.deepEqual(hover(withLine(BASE, '  rank: Đại tướng', '  rank: Trung| tướng')), {
    contents:
      '**Trung tướng** · cấp tướng\n\nbậc 3/17 — Trung tướng, cấp tướng; trên: Thượng tướng; dưới: Thiếu tướng\n\nLực lượng: Công an nhân dân\n\nTiếng Anh: Lieutenant General\n\nNguồn: S1, S3, S4, S13',
    range: range(10, 8, 19),
  });
  assert.equal(
    hover(withLine(BASE, '  rank: Đại tướng', '  rank: trung| tuong'), 'en')?.contents,
    '**Trung tướng** · cấp tướng\n\nstep 3 of 17 — Trung tướng, cấp tướng; above: Thượng tướng; below: Thiếu tướng\n\nCatalog spelling: **Trung tướng**\n\nForce: Công an nhân dân\n\nEnglish: Lieutenant General\n\nSources: S1, S3, S4, S13',
  );
});

const chairUnit = (unit: string) => withLine(BASE, '    - Bộ trưởng Bộ Công an', `    - Bộ trưởng Bộ Công an\n  unit: ${unit}`);

test('a unit: code (unconfirmed when so marked), kind, parent, validity, successor, sources', () => {
  assert.deepEqual(hover(chairUnit('Công an tỉnh Hà| Giang').replace('date: 2020-02-26', 'date: 2025-08-01')), {
    contents:
      '**Công an tỉnh Hà Giang**\n\nLoại: công an tỉnh · Trực thuộc: Bộ Công an\n\nHiệu lực đến hết 2025-06-30\n\nĐơn vị kế thừa: Công an tỉnh Tuyên Quang\n\n**Đã hết hiệu lực ở ngày 2025-08-01 của hồ sơ.**\n\nNguồn: S53, S56, S63, S27',
    range: range(14, 8, 29),
  });
  assert.equal(
    hover(chairUnit('Văn phòng| Bộ Công an'))?.contents,
    '**Văn phòng Bộ Công an**\n\nKý hiệu: V01 (chưa xác nhận)\n\nLoại: văn phòng · Trực thuộc: Bộ Công an\n\nGhi chú: Chánh Văn phòng thường kiêm Người phát ngôn Bộ Công an\n\nNguồn: SEED000, SEED003, S32, S33, R10',
  );
});

test('a position: its highest rank and the legal basis', () => {
  assert.equal(
    hover(withLine(BASE, '    - Bộ trưởng Bộ Công an', '    - Thứ trưởng Bộ| Công an'))?.contents,
    '**Thứ trưởng Bộ Công an**\n\nCấp bậc hàm cao nhất: **Thượng tướng** — Luật CAND 2018, Điều 25 khoản 1 điểm b (không quá 6 Thứ trưởng; sửa đổi 2023 giữ nguyên)\n\nNguồn: S1, S2, S9, R11, SEED000, SEED003, SEED004',
  );
});

test('a measure: count or percentage', () => {
  assert.equal(
    hover(withLine(BASE, '    unit: vụ', '    unit: v|ụ'))?.contents,
    '**vụ**\n\nĐơn vị đếm: giá trị là số nguyên.\n\nTiếng Anh: case\n\nĐộ tin cậy: suy luận từ bài báo\n\nNguồn: SEED001, SEED004, R5',
  );
});

test('a statistic value as Vietnamese readers write it, with comparisons in words', () => {
  assert.deepEqual(hover(withLine(BASE, '    value: 1457', '    value: 14|57')), { contents: 'Cách viết tiếng Việt: **1.457 vụ**', range: range(16, 11, 15) });
  // The thousands-separator mistake shows: YAML read "1.457" as one point four five seven.
  assert.equal(hover(withLine(BASE, '    value: 1457', '    value: 1.4|57'))?.contents, 'Cách viết tiếng Việt: **1,457 vụ**');
  const rich = withLine(
    BASE,
    '    value: 1457',
    '    value: 14|57\n    approx: hơn\n    comparisons:\n      - {direction: giảm, percent: 23.16, baseline: cùng kỳ năm 2019}\n      - {direction: tăng, amount: 120, baseline: tháng trước}',
  );
  assert.equal(
    hover(rich)?.contents,
    'Cách viết tiếng Việt: **hơn 1.457 vụ**\n\nSo sánh:\n- giảm 23,16% so với cùng kỳ năm 2019\n- tăng 120 vụ so với tháng trước',
  );
  assert.equal(
    hover(rich, 'en')?.contents,
    'As written in Vietnamese: **more than 1.457 vụ**\n\nComparisons:\n- down 23,16% on cùng kỳ năm 2019\n- up 120 vụ on tháng trước',
  );
  assert.equal(
    hover(withLine(withLine(BASE, '    value: 1457', '    value: 88.0|1'), '    unit: vụ', '    unit: "%"'))?.contents,
    'Cách viết tiếng Việt: **88,01%**',
  );
});

test('a person name: the registry state at the record date', () => {
  assert.deepEqual(hover(withLine(BASE, '  name: Tô Lâm', '  name: Nguyễn Văn| Mẫu').replace('date: 2020-02-26', 'date: 2019-05-10')), {
    contents:
      '**Nguyễn Văn Mẫu**\n\nTheo sổ người, ở ngày 2019-05-10 (giai đoạn 2018-01-01 – 2021-12-31):\n\n- Cấp bậc: Trung tướng\n- Chức vụ: Thứ trưởng Bộ Công an\n- Lực lượng: Công an nhân dân',
    range: range(11, 8, 22),
  });
  assert.equal(
    hover(withLine(BASE, '  name: Tô Lâm', '  name: Tô| Lâm'))?.contents,
    '**Tô Lâm**\n\nSổ người không có thông tin về người này ở ngày 2020-02-26.',
  );
});

test('nothing outside keys and values', () => {
  assert.equal(hover(BASE.replace('kind: hội', 'kind:| hội')), null);
  assert.equal(hover('# chú thích|\n' + BASE), null);
});
