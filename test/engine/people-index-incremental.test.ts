// The people index follows edits record by record (sorted insertion, patched summaries): after
// any sequence of edits and removals it must say exactly what an index built from scratch says,
// for every person's appearances in order and for the summary the cross-record checks read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { newEngine } from '../helpers/engine';
import type { Appearance, AppearanceRole } from '../../server/src/engine/people/appearances';
import { personKey } from '../../server/src/engine/people/person-key';
import { buildSummary, summaryOf, type PersonSummary } from '../../server/src/engine/people/person-summary';

const NAMES = ['Vũ Đức Toàn', 'Vũ Đức Tòan', 'vũ đức toàn', 'Lê Văn Hà', 'Lê Văn Hạ'];
const DATES = [undefined, '2020-01-01', '2021-06-15', '2021-06-15', '2023-03-01', '2024-12-31'];
const RANKS = [undefined, 'Đại tá', 'Thiếu tướng', 'Trung tướng', 'Thượng tướng', 'Đại tướng'];
const FORCES = [undefined, 'Công an nhân dân', 'Quân đội nhân dân'];
const ROLES: AppearanceRole[] = ['chair', 'participant', 'participant', 'issuer'];
const URIS = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `file:///archive/${x}.briefing.yaml`);

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const person = fc.record({
  name: fc.constantFrom(...NAMES),
  rank: fc.constantFrom(...RANKS),
  force: fc.constantFrom(...FORCES),
  role: fc.constantFrom(...ROLES),
});
const op = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), uri: fc.constantFrom(...URIS), date: fc.constantFrom(...DATES), people: fc.array(person, { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('delete' as const), uri: fc.constantFrom(...URIS) }),
);

function appearancesOf(uri: string, date: string | undefined, people: { name: string; rank?: string; force?: string; role: AppearanceRole }[]): Appearance[] {
  return people.map((p, i) => ({
    uri,
    name: p.name,
    key: personKey(p.name),
    role: p.role,
    path: ['participants', i],
    nameSpan: [i, i + 1],
    nameRange: range,
    range,
    date,
    rank: p.role === 'issuer' ? undefined : p.rank,
    force: p.role === 'issuer' ? undefined : p.force,
    positions: [],
  }));
}

/** A summary as plain data, its maps as entry lists in their order (the checks read them in it). */
function plain(s: PersonSummary): unknown {
  const id = (a: Appearance) => `${a.uri}#${String(a.path[1])}`;
  return {
    spellings: [...s.spellings].map(([name, c]) => [name, c.n, id(c.first)]),
    forces: [...s.forces].map(([force, f]) => [force, f.name, id(f.a)]),
    byForce: [...s.byForce].map(([force, t]) => [
      force,
      t.items.map((x) => [id(x.a), x.rank.order]),
      t.prefixMin,
      t.suffixMax,
      [...t.byOrder].map(([order, list]) => [order, list.map((x) => id(x.a))]),
    ]),
  };
}

test('the incremental people index equals one rebuilt from scratch after any edits', () => {
  fc.assert(
    fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
      const engine = newEngine();
      const index = engine.people.index;
      // The reference: each record's appearances per person in the order records joined, sorted stably by date.
      const model = new Map<string, Map<string, Appearance[]>>();
      for (const o of ops) {
        const next = o.kind === 'set' ? appearancesOf(o.uri, o.date, o.people) : [];
        index.set(o.uri, next);
        // A record that still names a person keeps its place among that person's records.
        const mine = new Map<string, Appearance[]>();
        for (const a of next) mine.set(a.key, [...(mine.get(a.key) ?? []), a]);
        for (const [key, byUri] of model) {
          if (!mine.has(key)) byUri.delete(o.uri);
          if (byUri.size === 0) model.delete(key);
        }
        for (const [key, list] of mine) model.set(key, (model.get(key) ?? new Map<string, Appearance[]>()).set(o.uri, list));
        assert.deepEqual([...index.keys()].sort(), [...model.keys()].sort());
        for (const [key, byUri] of model) {
          const expected = [...byUri.values()].flat().sort((x, y) => ((x.date ?? '') < (y.date ?? '') ? -1 : (x.date ?? '') > (y.date ?? '') ? 1 : 0));
          const actual = index.appearances(key);
          assert.deepEqual(actual, expected, key);
          // The summary kept up to date edit by edit equals one built from all the appearances.
          const summary = summaryOf(engine.people, engine.catalogs, key);
          assert.deepEqual(plain(summary), plain(buildSummary(engine.people, engine.catalogs, actual)), key);
        }
      }
    }),
    { seed: 20261127, numRuns: 300 },
  );
});
