// What the cross-record checks need to know about one person, resolved once per change of their
// appearances (not once per check): each dated statement with its rank resolved on the ladder,
// the first appearance in each force, and the spellings used. An edit that does not change what
// a record says about the person reuses the summary, so checking a record costs a scan of small
// objects, never a catalog lookup per appearance.
import type { Catalog } from '../catalog/catalog';
import type { RankEntry } from '../catalog/types';
import type { PeopleRegistry, RegistryEntry } from './registry';
import { patchSummary, resolver } from './summary-patch';
import { isStatement, type Appearance } from './appearances';

export interface RankedAppearance {
  a: Appearance;
  force: string;
  rank: RankEntry;
}

/** One force's dated ranks, oldest first, with what the checks look up without scanning. */
export interface ForceTimeline {
  items: RankedAppearance[];
  /** The most senior rank (lowest order) among items[0..i]. */
  prefixMin: number[];
  /** The most junior rank (highest order) among items[i..]. */
  suffixMax: number[];
  /** The items of each rank, oldest first. */
  byOrder: Map<number, RankedAppearance[]>;
}

export interface PersonSummary {
  /** Dated statements with a known rank, where the registry does not speak, by force. */
  byForce: Map<string, ForceTimeline>;
  /** The first statement in each force (by force id), with the force's name. */
  forces: Map<string, { a: Appearance; name: string }>;
  /** Each spelling of the name: how many statements use it, and the earliest. */
  spellings: Map<string, { n: number; first: Appearance }>;
}

interface Cached {
  revision: number;
  /** The person's appearances as of `stamp` (people-index.ts): one change later is patched. */
  stamp: number;
  entry: RegistryEntry | undefined;
  registry: number;
  catalog: Catalog;
  summary: PersonSummary;
}

const caches = new WeakMap<PeopleRegistry, Map<string, Cached>>();

export function rankOf(catalog: Catalog, a: Pick<Appearance, 'rank' | 'force'>): { force: string; rank: RankEntry } | undefined {
  if (!a.rank) return undefined;
  const force = catalog.forceOf(a.force);
  const rank = force && catalog.ranks(force.id)?.match(a.rank)?.entry;
  return force && rank ? { force: force.id, rank } : undefined;
}

export function summaryOf(people: PeopleRegistry, catalog: Catalog, key: string): PersonSummary {
  let cache = caches.get(people);
  if (!cache) caches.set(people, (cache = new Map()));
  const revision = people.index.revision(key);
  const hit = cache.get(key);
  const current = hit && hit.registry === people.version && hit.catalog === catalog;
  if (current && hit.revision === revision) return hit.summary;
  const stamp = people.index.stamp(key);
  const appearances = people.index.appearances(key);
  const entry = appearances.length ? people.entry(appearances[0].name) : undefined;
  if (current) {
    // One record changed since the summary was made (the usual edit): patch it in place.
    const change = people.index.lastChange(key);
    if (change?.from === hit.stamp && hit.entry === entry) {
      patchSummary(people, catalog, key, hit.summary, change, resolver(people, catalog, !!entry));
      Object.assign(hit, { revision, stamp });
      return hit.summary;
    }
  }
  const summary = buildSummary(people, catalog, appearances);
  cache.set(key, { revision, stamp, entry, registry: people.version, catalog, summary });
  return summary;
}

/** The summary of a person's appearances (sorted by date), built from all of them. */
export function buildSummary(people: PeopleRegistry, catalog: Catalog, appearances: readonly Appearance[]): PersonSummary {
  const summary: PersonSummary = { byForce: new Map(), forces: new Map(), spellings: new Map() };
  const ranked: RankedAppearance[] = [];
  const entry = appearances.length ? people.entry(appearances[0].name) : undefined;
  // Resolving the same rank and force text again and again is the cost: once per distinct pair.
  const resolved = new Map<string, Map<string, { force: string; rank: RankEntry } | undefined>>();
  const forces = new Map<string | undefined, ReturnType<Catalog['forceOf']>>();
  for (const a of appearances) {
    if (!isStatement(a)) continue;
    const s = summary.spellings.get(a.name);
    if (s) s.n++;
    else summary.spellings.set(a.name, { n: 1, first: a });
    if (!forces.has(a.force)) forces.set(a.force, catalog.forceOf(a.force));
    const force = forces.get(a.force);
    if (force && !summary.forces.has(force.id)) summary.forces.set(force.id, { a, name: force.name });
    if (!a.date || !a.rank) continue;
    // Where the registry speaks it is the authority (rank-contradicts-registry checks that record).
    if (entry && people.at(a.name, a.date)?.rank) continue;
    let ranks = resolved.get(a.force ?? '');
    if (!ranks) resolved.set(a.force ?? '', (ranks = new Map()));
    if (!ranks.has(a.rank)) ranks.set(a.rank, rankOf(catalog, a));
    const r = ranks.get(a.rank);
    if (r) ranked.push({ a, ...r });
  }
  for (const x of ranked) {
    let t = summary.byForce.get(x.force);
    if (!t) summary.byForce.set(x.force, (t = { items: [], prefixMin: [], suffixMax: [], byOrder: new Map() }));
    t.items.push(x);
    const same = t.byOrder.get(x.rank.order);
    if (same) same.push(x);
    else t.byOrder.set(x.rank.order, [x]);
  }
  for (const t of summary.byForce.values()) {
    const n = t.items.length;
    t.items.forEach((x, i) => (t.prefixMin[i] = Math.min(x.rank.order, i > 0 ? t.prefixMin[i - 1] : Infinity)));
    for (let i = n - 1; i >= 0; i--) t.suffixMax[i] = Math.max(t.items[i].rank.order, i < n - 1 ? t.suffixMax[i + 1] : -Infinity);
  }
  return summary;
}

/** The first index whose date is not before `date` (items sorted by date). */
export function firstOnOrAfter(items: readonly RankedAppearance[], date: string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].a.date! < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
