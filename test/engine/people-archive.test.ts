// The people index across records: each cross-record check with two or three records that
// disagree, exact ranges, the other record named, and fixes that leave the file valid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newEngine, brief, covered } from '../helpers/engine';
import { applyEdits, type Diagnostic, type Engine } from '../../server/src/engine';
import { appearancesOf } from '../../server/src/engine/people/appearances';

interface P {
  name: string;
  rank?: string;
  force?: string;
  positions?: string[];
}

/** A valid record dated `date` with the first person as chair and the others as participants. */
function rec(date: string, people: P[]): string {
  const person = (p: P, pad: string) =>
    [p.force && `force: ${p.force}`, p.rank && `rank: ${p.rank}`, `name: ${p.name}`, p.positions && `positions: [${p.positions.join(', ')}]`]
      .filter(Boolean)
      .map((l, i) => (i === 0 ? l : pad + l))
      .join('\n');
  const [chair, ...rest] = people;
  return [
    'meeting:',
    '  kind: hội nghị giao ban',
    `  title: Giao ban ${date}`,
    `  date: ${date}`,
    'chair:',
    `  ${person(chair, '  ')}`,
    ...(rest.length ? ['participants:', ...rest.map((p) => `  - ${person(p, '    ')}`)] : []),
    `source: { publisher: ANTD.VN, published: ${date} }`,
    '',
  ].join('\n');
}

function archive(records: Record<string, string>, registry?: string): Engine {
  const engine = newEngine();
  if (registry) engine.setPeopleRegistry(registry);
  for (const [uri, text] of Object.entries(records)) engine.notePeople(engine.parse(text, uri));
  return engine;
}

const cross = (ds: Diagnostic[]) =>
  ds.filter((d) => ['rank-out-of-order', 'promotion-too-fast', 'person-ambiguous', 'person-name-spelling', 'rank-above-ceiling'].includes(d.code));

const MINH_2021 = rec('2021-06-20', [{ name: 'Phạm Văn Minh', rank: 'Trung tướng', positions: ['Thứ trưởng Bộ Công an'] }]);
const MINH_2024 = rec('2024-04-08', [{ name: 'Phạm Văn Minh', rank: 'Thiếu tướng', positions: ['Thứ trưởng Bộ Công an'] }]);

test('a rank lower than an earlier record gave is a warning naming that record, with its location', () => {
  const engine = archive({ 'file:///a/2021.briefing.yaml': MINH_2021, 'file:///a/2024.briefing.yaml': MINH_2024 });
  const ds = cross(engine.check(MINH_2024, 'file:///a/2024.briefing.yaml', { locale: 'en' }));
  assert.deepEqual(ds.map(brief), ['rank-out-of-order@6:9']);
  assert.equal(covered(MINH_2024, ds[0]), 'Thiếu tướng');
  assert.equal(ds[0].message, 'Phạm Văn Minh holds the rank Thiếu tướng on 2024-04-08, but 2021.briefing.yaml, 2021-06-20 already gave Trung tướng earlier.');
  assert.deepEqual(ds[0].related, [
    {
      uri: 'file:///a/2021.briefing.yaml',
      range: { start: { line: 5, character: 8 }, end: { line: 5, character: 19 } },
      message: '2021.briefing.yaml, 2021-06-20 gives Trung tướng.',
    },
  ]);
  // The fix is offered (which record is right is the user's call) and leaves the file valid.
  const fix = ds[0].fixes?.[0];
  assert.ok(fix && !fix.preferred);
  const fixed = applyEdits(MINH_2024, fix.edits);
  assert.deepEqual(engine.check(fixed, 'file:///a/2024.briefing.yaml').map(brief), []);
});

test('the earlier record is told about the later, lower rank too; the registry can record a demotion', () => {
  const records = { 'a/2021.briefing.yaml': MINH_2021, 'a/2024.briefing.yaml': MINH_2024 };
  const engine = archive(records);
  assert.deepEqual(
    cross(engine.check(MINH_2021, 'a/2021.briefing.yaml')).map((d) => `${brief(d)} ${d.message.includes('sau đó chỉ ghi Thiếu tướng')}`),
    ['rank-out-of-order@6:9 true'],
  );
  const registry = [
    'people:',
    '  - name: Phạm Văn Minh',
    '    history:',
    '      - { from: 2020-01-01, to: 2022-12-31, rank: Trung tướng }',
    '      - { from: 2023-01-01, rank: Thiếu tướng }',
    '',
  ].join('\n');
  const withDemotion = archive(records, registry);
  assert.deepEqual(cross(withDemotion.check(MINH_2024, 'a/2024.briefing.yaml')), []);
  assert.deepEqual(cross(withDemotion.check(MINH_2021, 'a/2021.briefing.yaml')), []);
});

test('a rise faster than the minimum time in rank is an information note naming the earlier record', () => {
  const huy2019 = rec('2019-03-15', [{ name: 'Lê Quang Huy', rank: 'Thiếu tướng', positions: ['Thứ trưởng Bộ Công an'] }]);
  const huy2021 = rec('2021-06-20', [{ name: 'Lê Quang Huy', rank: 'Thượng tướng', positions: ['Thứ trưởng Bộ Công an'] }]);
  const huy2024 = rec('2024-01-10', [{ name: 'Lê Quang Huy', rank: 'Thượng tướng', positions: ['Thứ trưởng Bộ Công an'] }]);
  const engine = archive({ '2019.briefing.yaml': huy2019, '2021.briefing.yaml': huy2021, '2024.briefing.yaml': huy2024 });
  const ds = cross(engine.check(huy2021, '2021.briefing.yaml', { locale: 'en' }));
  assert.deepEqual(
    ds.map((d) => `${brief(d)} severity ${d.severity}`),
    ['promotion-too-fast@6:9 severity 3'],
  );
  assert.match(
    ds[0].message,
    /Thiếu tướng on 2019-03-15 \(2019\.briefing\.yaml, 2019-03-15\) to Thượng tướng on 2021-06-20 — passing through Trung tướng takes at least 4 years/,
  );
  // Four years and more after 2019: Trung tướng could have been held in between.
  assert.deepEqual(cross(engine.check(huy2024, '2024.briefing.yaml')), []);
  // One step up is never too fast: the time already spent in the earlier rank is unknown.
  const step = archive({
    '2019.briefing.yaml': huy2019,
    'x.briefing.yaml': rec('2019-06-01', [{ name: 'Lê Quang Huy', rank: 'Trung tướng', positions: ['Thứ trưởng Bộ Công an'] }]),
  });
  assert.deepEqual(
    cross(step.check(rec('2019-06-01', [{ name: 'Lê Quang Huy', rank: 'Trung tướng', positions: ['Thứ trưởng Bộ Công an'] }]), 'x.briefing.yaml')),
    [],
  );
});

test('one name in two forces, or with two ranks on one date, is flagged for the registry', () => {
  const army = rec('2020-01-10', [{ name: 'Nguyễn Văn Hùng', force: 'Quân đội nhân dân', rank: 'Thiếu tướng' }]);
  const police = rec('2022-02-18', [{ name: 'Nguyễn Văn Hùng', rank: 'Thiếu tướng' }]);
  const engine = archive({ 'army.briefing.yaml': army, 'police.briefing.yaml': police });
  const ds = cross(engine.check(army, 'army.briefing.yaml'));
  assert.deepEqual(ds.map(brief), ['person-ambiguous@6:10']);
  assert.equal(covered(army, ds[0]), 'Quân đội nhân dân');
  assert.equal(ds[0].related?.[0].uri, 'police.briefing.yaml');
  // The registry says which force: no longer ambiguous.
  const told = archive({ 'army.briefing.yaml': army, 'police.briefing.yaml': police }, 'people:\n  - name: Nguyễn Văn Hùng\n    force: Công an nhân dân\n');
  assert.deepEqual(cross(told.check(army, 'army.briefing.yaml')).map(brief), []);

  const a = rec('2022-02-18', [{ name: 'Trần Văn Nam', rank: 'Đại tá' }]);
  const b = rec('2022-02-18', [{ name: 'Trần Văn Nam', rank: 'Thiếu tá' }]);
  const same = archive({ 'a.briefing.yaml': a, 'b.briefing.yaml': b });
  assert.deepEqual(
    cross(same.check(b, 'b.briefing.yaml')).map((d) => `${brief(d)} ${covered(b, d)}`),
    ['person-ambiguous@6:9 Thiếu tá'],
  );
});

test('two spellings of one name: the usual one is offered; a tone-placement fix is safe', () => {
  const hoa = (date: string, name: string) => rec(date, [{ name, rank: 'Trung tướng', positions: ['Thứ trưởng Bộ Công an'] }]);
  const records = {
    '1.briefing.yaml': hoa('2019-03-15', 'Trần Quốc Hòa'),
    '2.briefing.yaml': hoa('2020-01-10', 'Trần Quốc Hòa'),
    '3.briefing.yaml': hoa('2022-02-18', 'Trần Quốc Hoà'),
  };
  const engine = archive(records);
  const text = records['3.briefing.yaml'];
  const ds = cross(engine.check(text, '3.briefing.yaml'));
  assert.deepEqual(
    ds.map((d) => `${brief(d)} ${covered(text, d)}`),
    ['person-name-spelling@7:9 Trần Quốc Hoà'],
  );
  assert.equal(ds[0].fixes?.[0].preferred, true);
  const fixed = applyEdits(text, ds[0].fixes![0].edits);
  assert.match(fixed, /name: Trần Quốc Hòa\n/);
  assert.deepEqual(engine.check(fixed, '3.briefing.yaml').map(brief), []);
  // Other letters may be another person: the fix is only offered.
  const other = hoa('2022-02-18', 'Trần Quốc Hoa');
  const letters = cross(engine.check(other, '3.briefing.yaml'));
  assert.deepEqual(
    letters.map((d) => `${d.code} ${d.fixes?.[0].preferred}`),
    ['person-name-spelling false'],
  );
  // The registry's spelling wins over the records'.
  const reg = archive(records, 'people:\n  - name: Trần Quốc Hoà\n');
  assert.deepEqual(
    cross(reg.check(records['1.briefing.yaml'], '1.briefing.yaml')).map((d) => d.message),
    ['Sổ nhân sự viết tên này là "Trần Quốc Hoà".'],
  );
});

test("the rank ceiling uses the position held at the record's date when the record names none", () => {
  const earlier = rec('2022-02-18', [{ name: 'Đỗ Thanh Sơn', rank: 'Thượng tá', positions: ['Trưởng Công an huyện Văn Lâm'] }]);
  const later = rec('2022-09-30', [{ name: 'Đỗ Thanh Sơn', rank: 'Đại tá' }]);
  const engine = archive({ 'e.briefing.yaml': earlier, 'l.briefing.yaml': later });
  const ds = cross(engine.check(later, 'l.briefing.yaml', { locale: 'en' }));
  assert.deepEqual(ds.map(brief), ['rank-above-ceiling@6:9']);
  assert.match(
    ds[0].message,
    /Đại tá is above the highest rank for the position "Trưởng Công an huyện Văn Lâm" \(Thượng tá\) that Đỗ Thanh Sơn held on 2022-09-30 according to e\.briefing\.yaml, 2022-02-18\./,
  );
  assert.equal(ds[0].related?.[0].uri, 'e.briefing.yaml');
  // Positions written in the record are its own: the ceiling is theirs.
  assert.deepEqual(
    cross(engine.check(later.replace('name: Đỗ Thanh Sơn', 'name: Đỗ Thanh Sơn\n  positions: [Giám đốc Công an tỉnh Hưng Yên]'), 'l.briefing.yaml')),
    [],
  );
});

test("the index is incremental: an edit replaces one record's appearances and the checks follow", () => {
  const engine = archive({ 'a.briefing.yaml': MINH_2021, 'b.briefing.yaml': MINH_2024 });
  const before = engine.people.index.revision('pham van minh');
  assert.equal(engine.people.index.appearances('pham van minh').length, 2);
  assert.deepEqual(cross(engine.check(MINH_2024, 'b.briefing.yaml')).map(brief), ['rank-out-of-order@6:9']);
  const corrected = MINH_2021.replace('Trung tướng', 'Thiếu tướng');
  engine.notePeople(engine.parse(corrected, 'a.briefing.yaml'));
  assert.notEqual(engine.people.index.revision('pham van minh'), before);
  assert.deepEqual(
    engine.people.index.appearances('pham van minh').map((a) => `${a.date} ${a.rank} ${a.uri}`),
    ['2021-06-20 Thiếu tướng a.briefing.yaml', '2024-04-08 Thiếu tướng b.briefing.yaml'],
  );
  assert.deepEqual(cross(engine.check(MINH_2024, 'b.briefing.yaml')), []);
  engine.forgetPeople('a.briefing.yaml');
  assert.equal(engine.people.index.appearances('pham van minh').length, 1);
});

test('appearances: chair, participants, connection points and issuers, matched without diacritics', () => {
  const text = [
    'meeting:',
    '  kind: hội nghị',
    '  title: T',
    '  date: 2023-09-28',
    '  connection_points:',
    '    - unit: Công an tỉnh Hưng Yên',
    '      chaired_by: { rank: Đại tá, name: Nguyễn Thanh Trường }',
    'chair: { rank: Đại tướng, name: Tô Lâm }',
    'participants:',
    '  - { name: Nguyễn Xuân Phúc, force: dân sự, role: phát biểu chỉ đạo }',
    'directives:',
    '  - { text: X, issued_by: To Lam }',
    'source: { publisher: ANTD.VN }',
    '',
  ].join('\n');
  const apps = appearancesOf(newEngine().parse(text, 'x'));
  assert.deepEqual(
    apps.map((a) => `${a.role} ${a.name} ${a.key} ${a.rank ?? '-'} ${a.speech ?? '-'} ${a.nameRange.start.line}:${a.nameRange.start.character}`),
    [
      'chair Tô Lâm to lam Đại tướng - 7:32',
      'participant Nguyễn Xuân Phúc nguyen xuan phuc - phát biểu chỉ đạo 9:12',
      'connection-point Nguyễn Thanh Trường nguyen thanh truong Đại tá - 6:40',
      'issuer To Lam to lam - - 11:26',
    ],
  );
});

test("hover on a name shows the person's timeline across records in a table", () => {
  const engine = archive({ 'file:///a/2021.briefing.yaml': MINH_2021, 'file:///a/2024.briefing.yaml': MINH_2024 });
  const h = engine.hover(engine.parse(MINH_2024, 'file:///a/2024.briefing.yaml'), { line: 6, character: 10 }, { locale: 'en' });
  const table = h?.contents.split('\n\n').pop();
  assert.equal(
    table,
    [
      '| Date | Rank | Positions | Record |',
      '|---|---|---|---|',
      '| 2021-06-20 | Trung tướng | Thứ trưởng Bộ Công an | 2021.briefing.yaml |',
      '| 2024-04-08 | Thiếu tướng | Thứ trưởng Bộ Công an | 2024.briefing.yaml |',
    ].join('\n'),
  );
});

test('workspace symbols list participants and connection-point chairs, not issuers', () => {
  const text = rec('2021-06-20', [
    { name: 'Vũ Đức Toàn', rank: 'Đại tướng' },
    { name: 'Lê Quang Huy', rank: 'Thượng tướng', positions: ['Thứ trưởng Bộ Công an'] },
  ]);
  const syms = newEngine().workspaceSymbols(newEngine().parse(text, 'x'));
  assert.deepEqual(
    syms.filter((s) => s.kind === 'person').map((s) => `${s.name} | ${s.detail}`),
    [
      'Vũ Đức Toàn | Đại tướng Vũ Đức Toàn — 2021-06-20 · Giao ban 2021-06-20',
      'Lê Quang Huy | Thượng tướng Lê Quang Huy, Thứ trưởng Bộ Công an — 2021-06-20 · Giao ban 2021-06-20',
    ],
  );
});

test("completion of a known name fills the rank and positions the archive gives at the record's date, naming that record", () => {
  const engine = archive({ 'file:///a/2021.briefing.yaml': MINH_2021, 'file:///a/2024.briefing.yaml': MINH_2024 });
  const draft = (date: string) => rec(date, [{ name: 'Vũ Đức Toàn', rank: 'Đại tướng' }]) + 'participants:\n  - name: Phạm Văn\n';
  for (const [date, rank, from] of [
    ['2022-03-01', 'Trung tướng', '2021.briefing.yaml, 2021-06-20'],
    ['2025-01-01', 'Thiếu tướng', '2024.briefing.yaml, 2024-04-08'],
  ]) {
    const text = draft(date);
    const record = engine.parse(text, 'file:///a/new.briefing.yaml');
    const line = text.split('\n').length - 2;
    const items = engine.complete(record, { line, character: 16 }, { locale: 'en' }).filter((i) => i.label === 'Phạm Văn Minh');
    assert.equal(items.length, 1);
    assert.equal(items[0].documentation?.split('\n')[0], `As named in ${from}: ${rank}; Thứ trưởng Bộ Công an.`);
    assert.deepEqual(
      items[0].additionalTextEdits?.map((e) => e.newText),
      [`rank: ${rank}\n    `, '    positions:\n      - Thứ trưởng Bộ Công an\n'],
    );
  }
});
