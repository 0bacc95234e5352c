// Code actions: the fixes of the diagnostics under the cursor, and "fix all" for the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newEngine } from '../../helpers/engine';
import { applyEdits, fixText, type Diagnostic } from '../../../server/src/engine';
import { fixPassEdits } from '../../../server/src/engine/fixes';
import { range } from './cursor';

const engine = newEngine();

const BROKEN = `meetin:
  kind: hop bao
  title: Họp báo
  date: 26-2-2020
  period:
    text: tháng 2-2020
chair:
  rank: dai tuong
  name: Tô Lâm
  positions: [Thứ trưởng Công an, Uỷ viên Bộ Chính trị]
statistics:
  - label: Phạm pháp hình sự
    value: 1.457
    unit: vụ
  - label: Tỷ lệ
    value: 188.01
    unit: "%"
  - label: x
    value: 10
    unit: vụ
    breakdown:
      - {label: a, value: 8}
      - {label: b, value: 8}
source:
  publisher: ANTD
  published: 2020-02-30
`;

const record = engine.parse(BROKEN);
const diagnostics = engine.validate(record);

test('quick fixes of the diagnostics under the cursor, the preferred one marked', () => {
  const actions = engine.codeActions(record, range(0, 3), diagnostics);
  assert.deepEqual(
    actions.map((a) => [a.kind, a.title, a.isPreferred ?? false, a.snippet ?? false, a.diagnostics.map((d) => d.code).join()]),
    [
      ['quickfix', 'Đổi thành "meeting"', true, false, 'unknown-key'],
      [
        'source.fixAll',
        'Sửa tất cả lỗi có thể sửa tự động trong tệp',
        false,
        false,
        'unknown-key,catalog-spelling,catalog-spelling,catalog-spelling,thousands-separator',
      ],
    ],
  );
  assert.deepEqual(actions[0].edits, [{ range: range(0, 0, 6), newText: 'meeting' }]);
  // A snippet fix is offered as such (never applied by "fix all").
  const d: Diagnostic = {
    ...diagnostics[0],
    fixes: [{ title: 'Thêm', edits: [{ range: range(0, 0), newText: '${1:x}' }], kind: 'suggestion', snippet: true }],
  };
  assert.deepEqual(
    engine.codeActions(record, range(0, 0), [d]).map((a) => [a.title, a.snippet, a.isPreferred]),
    [['Thêm', true, undefined]],
  );
});

test('a range without fixable diagnostics still gets "fix all"; English title with locale en', () => {
  const actions = engine.codeActions(record, range(15, 11), diagnostics, { locale: 'en' });
  assert.deepEqual(
    actions.map((a) => [a.kind, a.title]),
    [['source.fixAll', 'Fix all auto-fixable problems in this file']],
  );
});

test('applying "fix all" gives the text --fix writes: every pass, to a fixed point, as one edit', () => {
  const fixAll = engine.codeActions(record, range(0, 0), diagnostics).find((a) => a.kind === 'source.fixAll')!;
  // Renaming "meetin:" lets the meeting's own fixes (kind, date, period) show up in a second pass.
  const expected = BROKEN.replace('meetin:', 'meeting:')
    .replace('kind: hop bao', 'kind: họp báo')
    .replace('date: 26-2-2020', 'date: 2020-02-26')
    .replace('    text: tháng 2-2020\n', '    text: tháng 2-2020\n    start: 2020-02-01\n    end: 2020-02-29\n')
    .replace('rank: dai tuong', 'rank: Đại tướng')
    .replace('[Thứ trưởng Công an, Uỷ viên Bộ Chính trị]', '[Thứ trưởng Bộ Công an, Ủy viên Bộ Chính trị]')
    .replace('value: 1.457', 'value: 1457');
  assert.equal(fixAll.edits.length, 1);
  assert.equal(applyEdits(BROKEN, fixAll.edits), expected);
  const cli = fixText(BROKEN, (t) => engine.check(t));
  assert.equal(cli.status === 'fixed' && cli.text, expected);
});

test('"fix all" leaves out a fix that touches text another fix edits, and is absent when nothing is fixable', () => {
  const d = (line: number, from: number, to: number, newText: string): Diagnostic => ({
    range: range(line, from, to),
    severity: 1,
    code: 'x',
    message: 'x',
    source: 'briefing',
    fixes: [{ title: newText, edits: [{ range: range(line, from, to), newText }], kind: 'safe', preferred: true }],
  });
  const r = engine.parse('abcdef\nghij\n');
  const edits = fixPassEdits(r.text, [d(0, 0, 4, 'X'), d(0, 2, 6, 'Y'), d(1, 0, 0, 'P'), d(1, 0, 0, 'Q'), d(1, 4, 4, '!')]);
  // Inserts at one point do not clash (LSP keeps their order); a replace inside another does.
  assert.deepEqual(
    edits.map((e) => e.newText),
    ['X', 'P', 'Q', '!'],
  );
  assert.equal(applyEdits('abcdef\nghij\n', edits), 'Xef\nPQghij!\n');
  assert.deepEqual(engine.codeActions(r, range(0, 0), []), []);
});
