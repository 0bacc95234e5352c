// Catalog lookups, written periods and calendar days are remembered or computed without Date
// across the records of an archive; these tests hold them to the answers computed afresh, and
// check that a catalog extended after a lookup is seen by the next one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Catalog } from '../../server/src/engine/catalog/catalog';
import type { CatalogData } from '../../server/src/engine/catalog/types';
import { daysInMonth, validIso } from '../../server/src/engine/dates/iso';
import { parsePeriod } from '../../server/src/engine/dates/period';
import { newEngine, brief, BASE, withLine } from '../helpers/engine';

const UNITS: CatalogData = {
  units: [{ name: 'Công an tỉnh Thử Nghiệm', kind: 'công an tỉnh', valid_from: '2030-01-01' } as never],
  unit_families: [{ prefix: 'Đồn Thử', kind: 'đồn' } as never],
  positions: [{ title: 'Trưởng đồn', kind: 'unit-head', head_word: 'Trưởng', unit_kinds: ['đồn'] } as never],
};

test('a lookup made before the catalog is extended sees the extension afterwards', () => {
  const catalog = new Catalog();
  const asked = () => ({
    unit: catalog.units.match('cong an tinh thu nghiem')?.canonical,
    family: catalog.matchUnit('Đồn Thử Bến Nghé')?.canonical,
    position: catalog.matchPosition('Trưởng Đồn Thử Bến Nghé', '2031-01-01')?.canonical,
  });
  assert.deepEqual(asked(), { unit: undefined, family: undefined, position: undefined });
  catalog.extend(UNITS);
  assert.deepEqual(asked(), {
    unit: 'Công an tỉnh Thử Nghiệm',
    family: 'Đồn Thử Bến Nghé',
    position: 'Trưởng Đồn Thử Bến Nghé',
  });
});

test('remembered lookups give what a fresh catalog gives, for every date asked', () => {
  const engine = newEngine();
  const values = [
    'Công an tỉnh Thừa Thiên Huế',
    'cong an thanh pho hue',
    'Công an huyện Gia Lâm',
    'Giám đốc Công an tỉnh Hưng Yên',
    'Bộ trưởng Bộ Công an',
    'xyz',
  ];
  const dates = ['2020-01-01', '2025-03-01', '2025-07-01', undefined];
  const used = engine.catalogs;
  const answers = (c: Catalog) =>
    values.flatMap((v) => dates.map((d) => [c.matchUnit(v, d)?.canonical, c.matchPosition(v, d)?.canonical, c.units.match(v)?.kind]));
  const first = answers(used);
  assert.deepEqual(answers(used), first, 'asked twice');
  const fresh = newEngine().catalogs;
  assert.deepEqual(
    values.flatMap((v) => dates.map((d) => [fresh.matchUnit(v, d)?.canonical, fresh.matchPosition(v, d)?.canonical, fresh.units.match(v)?.kind])),
    first,
  );
});

test('a workspace catalog given after a record was checked makes its unit known', () => {
  const engine = newEngine();
  const text = withLine(BASE, '  name: Tô Lâm\n', '  name: Tô Lâm\n  unit: Công an tỉnh Thử Nghiệm\n');
  const before = engine.check(text, 'a.briefing.yaml').map(brief);
  assert.ok(
    before.some((d) => d.includes('unknown-unit')),
    before.join('\n'),
  );
  engine.setWorkspaceCatalog('units:\n  - name: Công an tỉnh Thử Nghiệm\n    kind: công an tỉnh\n');
  assert.deepEqual(
    engine
      .check(text, 'a.briefing.yaml')
      .map(brief)
      .filter((d) => d.includes('unknown-unit')),
    [],
  );
});

test('days in a month: the same as the calendar of Date for every month of years 1–3000', () => {
  const byDate = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  for (let y = 1; y <= 3000; y++) for (let m = 0; m <= 13; m++) assert.equal(daysInMonth(y, m), byDate(y, m), `${y}-${m}`);
  assert.equal(daysInMonth(2024, 2), 29);
  assert.equal(daysInMonth(1900, 2), 28);
  assert.equal(daysInMonth(2000, 2), 29);
});

test('validIso gives the date as written, trimmed, and nothing for an impossible day', () => {
  assert.equal(validIso('2024-02-29'), '2024-02-29');
  assert.equal(validIso(' 2024-02-29 '), '2024-02-29');
  assert.equal(validIso('2023-02-29'), undefined);
  assert.equal(validIso('2024-13-01'), undefined);
});

test('a remembered period keeps the year of its own record', () => {
  assert.deepEqual(parsePeriod('tháng 12', '2021-01-10'), { start: '2020-12-01', end: '2020-12-31' });
  assert.deepEqual(parsePeriod('tháng 12', '2021-12-20'), { start: '2021-12-01', end: '2021-12-31' });
  assert.deepEqual(parsePeriod('tháng 12', '2021-01-10'), { start: '2020-12-01', end: '2020-12-31' });
  assert.equal(parsePeriod('tháng 12'), undefined);
  assert.ok(Object.isFrozen(parsePeriod('Quý III/2023')), 'shared answers cannot be changed by a caller');
});
