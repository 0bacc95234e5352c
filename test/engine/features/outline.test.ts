// Document symbols, folding ranges and workspace symbols of a record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newEngine, BASE } from '../../helpers/engine';
import type { DocumentSymbol } from '../../../server/src/engine';

const engine = newEngine();
const TEXT =
  BASE +
  'participants:\n  - rank: Thượng tướng\n    name: Lương Tam Quang\n    role: phát biểu\n' +
  'directives:\n  - text: >-\n      Tiếp tục thực hiện nghiêm túc các chỉ đạo của Trung ương và lãnh đạo Bộ Công an; chủ động\n      nắm chắc tình hình.\n    issued_by: Tô Lâm\n' +
  '# một\n# hai\n';
const record = engine.parse(TEXT);

const span = (r: DocumentSymbol['range']) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
function flat(s: DocumentSymbol, depth = 0): string[] {
  return [
    `${'  '.repeat(depth)}${s.kind} "${s.name}" (${s.detail ?? ''}) ${span(s.range)} sel ${span(s.selectionRange)}`,
    ...(s.children ?? []).flatMap((c) => flat(c, depth + 1)),
  ];
}

test('document symbols: names, kinds, details and ranges', () => {
  assert.deepEqual(
    engine.documentSymbols(record).flatMap((s) => flat(s)),
    [
      'meeting "Hội nghị giao ban Bộ Công an tháng 2-2020" (2020-02-26) 0:0-8:20 sel 0:0-0:7',
      'person "Đại tướng Tô Lâm" (chủ trì) 9:0-13:26 sel 9:0-9:5',
      'section "statistics" (1 mục) 14:0-17:12 sel 14:0-14:10',
      '  statistic "Phạm tội về ma túy" (1.457 vụ) 15:4-17:12 sel 15:11-15:29',
      'source "ANTD.VN" (2020-02-27) 18:0-20:23 sel 18:0-18:6',
      'section "participants" (1 mục) 21:0-24:19 sel 21:0-21:12',
      '  person "Thượng tướng Lương Tam Quang" (phát biểu) 22:4-24:19 sel 23:10-23:25',
      'section "directives" (1 mục) 25:0-29:21 sel 25:0-25:10',
      '  directive "Tiếp tục thực hiện nghiêm túc các chỉ đạo của Trung ương và…" (Tô Lâm) 26:4-29:21 sel 26:10-28:25',
    ],
  );
  assert.equal(engine.documentSymbols(record, { locale: 'en' })[2].detail, '1 items');
});

test('every selection range lies inside its range, every range inside the document', () => {
  const inside = (a: DocumentSymbol['range'], b: DocumentSymbol['range']) =>
    (a.start.line > b.start.line || (a.start.line === b.start.line && a.start.character >= b.start.character)) &&
    (a.end.line < b.end.line || (a.end.line === b.end.line && a.end.character <= b.end.character));
  const doc = record.lines.range([0, TEXT.length]);
  const check = (s: DocumentSymbol) => {
    assert.ok(inside(s.selectionRange, s.range), s.name);
    assert.ok(inside(s.range, doc), s.name);
    assert.ok(s.name.length > 0);
    s.children?.forEach(check);
  };
  engine.documentSymbols(record).forEach(check);
  // A half-typed record still gives an outline with non-empty names.
  engine.documentSymbols(engine.parse('meeting:\nchair:\n  absent: không nêu\nstatistics:\n  - value: 3\n')).forEach(check);
});

test('a chair nobody is named for', () => {
  const syms = engine.documentSymbols(
    engine.parse(BASE.replace('  rank: Đại tướng\n  name: Tô Lâm\n  positions:\n    - Bộ trưởng Bộ Công an\n', '  absent: Bài báo không nêu\n')),
  );
  assert.deepEqual([syms[1].name, syms[1].detail], ['không nêu người chủ trì', 'Bài báo không nêu']);
});

test('folding ranges: each multi-line block once per start line, and comment runs', () => {
  assert.deepEqual(
    engine.foldingRanges(record).map((r) => `${r.startLine}-${r.endLine}${r.kind ? ' ' + r.kind : ''}`),
    ['0-8', '4-7', '9-13', '12-13', '14-17', '15-17', '18-20', '21-24', '22-24', '25-29', '26-29', '30-31 comment'],
  );
});

test('workspace symbols find a record by date and title, by chair and by participant (a speaker here)', () => {
  assert.deepEqual(engine.workspaceSymbols(record), [
    {
      name: '2020-02-26 · Hội nghị giao ban Bộ Công an tháng 2-2020',
      detail: 'Đại tướng Tô Lâm',
      kind: 'meeting',
      range: { start: { line: 2, character: 9 }, end: { line: 2, character: 50 } },
    },
    {
      name: 'Tô Lâm',
      detail: 'Đại tướng Tô Lâm — 2020-02-26 · Hội nghị giao ban Bộ Công an tháng 2-2020',
      kind: 'person',
      range: { start: { line: 11, character: 8 }, end: { line: 11, character: 14 } },
    },
    {
      name: 'Lương Tam Quang',
      detail: 'Thượng tướng Lương Tam Quang, phát biểu — 2020-02-26 · Hội nghị giao ban Bộ Công an tháng 2-2020',
      kind: 'person',
      range: { start: { line: 23, character: 10 }, end: { line: 23, character: 25 } },
    },
  ]);
});
