// Brings a person's summary up to date with one record's change, in the cost of that record's
// appearances (plus a pass over plain numbers for the rank bounds), instead of building it again
// from every appearance. The maps keep the order a full build gives them (by first appearance),
// since the checks read them in that order.
import type { Catalog } from '../catalog/catalog';
import type { BucketChange } from './people-index';
import type { PeopleRegistry } from './registry';
import { isStatement, type Appearance } from './appearances';
import { firstOnOrAfter, rankOf, type ForceTimeline, type PersonSummary, type RankedAppearance } from './person-summary';

type Resolve = (a: Appearance) => RankedAppearance | undefined;

/** The first index of `items` (sorted by date, then join order) that sorts after `a`. */
function after(items: readonly RankedAppearance[], a: Appearance, joined: (uri: string) => number): number {
  const date = a.date!;
  const mine = joined(a.uri);
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = items[mid].a;
    if (x.date! < date || (x.date === date && joined(x.uri) <= mine)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function bounds(t: ForceTimeline): void {
  const n = t.items.length;
  t.prefixMin.length = n;
  t.suffixMax.length = n;
  for (let i = 0, m = Infinity; i < n; i++) t.prefixMin[i] = m = Math.min(m, t.items[i].rank.order);
  for (let i = n - 1, m = -Infinity; i >= 0; i--) t.suffixMax[i] = m = Math.max(m, t.items[i].rank.order);
}

/** Puts a map's entries back in the order of their first appearance (a few entries: ranks, forces, spellings). */
function reorder<K, V>(map: Map<K, V>, first: (v: V) => Appearance, position: (a: Appearance) => number): void {
  const entries = [...map].map(([k, v]) => ({ k, v, at: position(first(v)) }));
  if (entries.every((e, i) => i === 0 || entries[i - 1].at < e.at)) return;
  map.clear();
  for (const e of entries.sort((x, y) => x.at - y.at)) map.set(e.k, e.v);
}

/** Applies one record's change (`change.from` is the summary's state) to the summary. */
export function patchSummary(people: PeopleRegistry, catalog: Catalog, key: string, summary: PersonSummary, change: BucketChange, resolve: Resolve): void {
  const joined = (uri: string) => people.index.joinedOrder(key, uri) ?? Infinity;
  const position = (a: Appearance) => people.index.position(a);
  const sorted = people.index.appearances(key);
  const uri = change.uri;
  const old = change.old.filter(isStatement);
  const next = change.next.filter(isStatement);
  const forceId = (a: Appearance) => catalog.forceOf(a.force)?.id;
  /** The first statement in date order that `match` accepts. */
  const firstOf = (match: (a: Appearance) => boolean) => sorted.find((a) => isStatement(a) && match(a));

  const names = new Set([...old, ...next].map((a) => a.name));
  for (const a of old) summary.spellings.get(a.name)!.n--;
  for (const a of next) {
    const s = summary.spellings.get(a.name);
    if (s) s.n++;
    else summary.spellings.set(a.name, { n: 1, first: a });
  }
  for (const name of names) {
    const s = summary.spellings.get(name)!;
    const mine = next.find((a) => a.name === name);
    if (s.n <= 0) summary.spellings.delete(name);
    else if (s.first === mine)
      continue; // a spelling no other record uses
    // The first use was this record's: only then is a scan needed (it stops at the first match).
    else if (s.first.uri === uri) s.first = firstOf((a) => a.name === name)!;
    else if (mine && position(mine) < position(s.first)) s.first = mine;
  }
  reorder(summary.spellings, (s) => s.first, position);

  const forces = new Map<string, string>();
  for (const a of [...old, ...next]) {
    const f = catalog.forceOf(a.force);
    if (f) forces.set(f.id, f.name);
  }
  for (const [id, name] of forces) {
    const f = summary.forces.get(id);
    if (f && f.a.uri !== uri && !next.some((a) => forceId(a) === id && position(a) < position(f.a))) continue;
    const a = firstOf((x) => forceId(x) === id);
    if (a) summary.forces.set(id, { a, name });
    else summary.forces.delete(id);
  }
  reorder(summary.forces, (f) => f.a, position);

  const touched = new Set<ForceTimeline>();
  const date = change.old[0]?.date;
  for (const t of date ? summary.byForce.values() : []) {
    for (let i = firstOnOrAfter(t.items, date!); i < t.items.length && t.items[i].a.date === date;) {
      const x = t.items[i];
      if (x.a.uri !== uri) {
        i++;
        continue;
      }
      t.items.splice(i, 1);
      const list = t.byOrder.get(x.rank.order)!;
      list.splice(list.indexOf(x), 1);
      if (list.length === 0) t.byOrder.delete(x.rank.order);
      touched.add(t);
    }
  }
  for (const a of next) {
    const r = resolve(a);
    if (!r) continue;
    let t = summary.byForce.get(r.force);
    if (!t) summary.byForce.set(r.force, (t = { items: [], prefixMin: [], suffixMax: [], byOrder: new Map() }));
    t.items.splice(after(t.items, a, joined), 0, r);
    let list = t.byOrder.get(r.rank.order);
    if (!list) t.byOrder.set(r.rank.order, (list = []));
    list.splice(after(list, a, joined), 0, r);
    touched.add(t);
  }
  for (const [force, t] of summary.byForce) if (t.items.length === 0) summary.byForce.delete(force);
  for (const t of touched) {
    bounds(t);
    reorder(t.byOrder, (list) => list[0].a, position);
  }
  reorder(summary.byForce, (t) => t.items[0].a, position);
}

/** The summary's view of one appearance: its rank on the ladder, unless the registry speaks. */
export function resolver(people: PeopleRegistry, catalog: Catalog, hasEntry: boolean): Resolve {
  return (a) => {
    if (!a.date || !a.rank) return undefined;
    if (hasEntry && people.at(a.name, a.date)?.rank) return undefined;
    const r = rankOf(catalog, a);
    return r && { a, ...r };
  };
}
