// What the archive says against one appearance of a person: a rank out of order with another
// record, a promotion faster than the law's minimum time in rank, another force or an
// incompatible rank on the same date, another spelling of the name. Pure functions over the
// index, shared by the rules (diagnostics) and `briefing people` (timelines).
import type { Catalog } from '../catalog/catalog';
import { firstOnOrAfter, rankOf, summaryOf, type ForceTimeline } from './person-summary';
import type { PeopleRegistry } from './registry';
import { isStatement, type Appearance } from './appearances';
import { spellingDifference } from './person-key';

export interface PeopleContext {
  people: PeopleRegistry;
  catalog: Catalog;
}

export { rankOf };

/** The person's dated ranks in one force, with lookups (person-summary.ts). */
function timeline(app: Appearance, ctx: PeopleContext, force: string): ForceTimeline | undefined {
  return summaryOf(ctx.people, ctx.catalog, app.key).byForce.get(force);
}

function registrySpeaks(app: Appearance, ctx: PeopleContext): boolean {
  return !!(app.date && ctx.people.at(app.name, app.date)?.rank);
}

/** True when the registry records a demotion between two dates (a real, rare event). */
function demotionRecorded(app: Appearance, from: string, to: string, ctx: PeopleContext, force: string): boolean {
  const history = (ctx.people.entry(app.name)?.history ?? []).filter((h) => typeof h.from === 'string' && typeof h.rank === 'string');
  const order = (rank: string) => ctx.catalog.ranks(force)?.match(rank)?.entry.order;
  const sorted = [...history].sort((x, y) => (x.from < y.from ? -1 : 1));
  for (let i = 1; i < sorted.length; i++) {
    const h = sorted[i];
    if (h.from <= from || h.from > to) continue;
    const now = order(h.rank!);
    const was = order(sorted[i - 1].rank!);
    if (now !== undefined && was !== undefined && now > was) return true;
  }
  return false;
}

export interface RankOrderIssue {
  other: Appearance;
  /** "lower": this rank is below one the person held earlier; "higher": above a later one. */
  direction: 'lower' | 'higher';
}

export function rankOrderIssue(app: Appearance, ctx: PeopleContext): RankOrderIssue | undefined {
  const mine = rankOf(ctx.catalog, app);
  if (!mine || !app.date || registrySpeaks(app, ctx)) return undefined;
  const t = timeline(app, ctx, mine.force);
  if (!t) return undefined;
  const r0 = mine.rank.order;
  const n = t.items.length;
  // A lower order number is a more senior rank. The latest earlier rank above this one:
  let earlier: Appearance | undefined;
  for (let i = firstOnOrAfter(t.items, app.date) - 1; i >= 0 && t.prefixMin[i] < r0; i--) {
    const x = t.items[i];
    if (x.rank.order < r0 && x.a.uri !== app.uri && !demotionRecorded(app, x.a.date!, app.date, ctx, mine.force)) {
      earlier = x.a;
      break;
    }
  }
  // The earliest later rank below this one:
  let later: Appearance | undefined;
  for (let i = firstOnOrAfter(t.items, app.date + '\u0000'); i < n && t.suffixMax[i] > r0; i++) {
    const x = t.items[i];
    if (x.rank.order > r0 && x.a.uri !== app.uri && !demotionRecorded(app, app.date, x.a.date!, ctx, mine.force)) {
      later = x.a;
      break;
    }
  }
  if (earlier) return { other: earlier, direction: 'lower' };
  if (later) return { other: later, direction: 'higher' };
  return undefined;
}

function addYears(iso: string, years: number): string {
  return String(Number(iso.slice(0, 4)) + years).padStart(4, '0') + iso.slice(4);
}

export interface PromotionIssue {
  other: Appearance;
  /** The ranks held in between, each for at least its minimum time. */
  between: string[];
  years: number;
}

/**
 * A rise from a rank seen earlier to this one, faster than the minimum time in the ranks in
 * between allows (Luật CAND 2018 Điều 22 khoản 3). The time spent in the earlier rank before
 * that record is unknown, so only the ranks strictly between count: a stale rank copied from an
 * old article shows up as two steps in too little time.
 */
export function promotionIssue(app: Appearance, ctx: PeopleContext): PromotionIssue | undefined {
  const mine = rankOf(ctx.catalog, app);
  if (!mine || !app.date) return undefined;
  const ladder = ctx.catalog.forces.match(mine.force)?.entry.ranks ?? [];
  let worst: PromotionIssue | undefined;
  let worstGap = 0;
  const t = timeline(app, ctx, mine.force);
  if (!t) return undefined;
  // For each rank below this one, its latest appearance before this date is the most telling.
  for (const [order, list] of t.byOrder) {
    if (order <= mine.rank.order) continue;
    let i = firstOnOrAfter(list, app.date) - 1;
    while (i >= 0 && list[i].a.uri === app.uri) i--;
    if (i < 0) continue;
    const a = list[i].a;
    const between = ladder.filter((x) => x.order > mine.rank.order && x.order < order);
    if (between.length === 0 || between.some((x) => x.min_years === undefined)) continue;
    const years = between.reduce((n, x) => n + (x.min_years ?? 0), 0);
    const earliest = addYears(a.date!, years);
    if (earliest <= app.date) continue;
    // The largest shortfall names the most telling earlier record.
    const gap = years * 365.25 - (Date.parse(app.date) - Date.parse(a.date!)) / 86_400_000;
    if (!worst || gap > worstGap) {
      worst = { other: a, between: between.map((x) => x.name), years };
      worstGap = gap;
    }
  }
  return worst;
}

export interface IdentityIssue {
  other: Appearance;
  kind: 'force' | 'sameDate';
  mine: string;
  theirs: string;
}

/** One name, two people? Another force for the same person, or another rank on the same date. */
export function identityIssue(app: Appearance, ctx: PeopleContext): IdentityIssue | undefined {
  if (!isStatement(app)) return undefined;
  const entry = ctx.people.entry(app.name);
  const myForce = ctx.catalog.forceOf(app.force);
  const summary = summaryOf(ctx.people, ctx.catalog, app.key);
  if (!entry?.force && myForce) {
    for (const [id, f] of summary.forces) {
      if (id !== myForce.id && f.a.uri !== app.uri) return { other: f.a, kind: 'force', mine: myForce.name, theirs: f.name };
    }
  }
  const mine = rankOf(ctx.catalog, app);
  if (!mine || !app.date || registrySpeaks(app, ctx)) return undefined;
  const t = summary.byForce.get(mine.force);
  for (let i = t ? firstOnOrAfter(t.items, app.date) : 0; t && i < t.items.length && t.items[i].a.date === app.date; i++) {
    const x = t.items[i];
    if (x.a.uri !== app.uri && x.rank.order !== mine.rank.order) return { other: x.a, kind: 'sameDate', mine: mine.rank.name, theirs: x.rank.name };
  }
  return undefined;
}

export interface SpellingIssue {
  canonical: string;
  /** Where the canonical spelling comes from: the registry, or the archive's usual spelling. */
  basis: 'registry' | 'records';
  /** "form": case or tone placement only; "letters": other diacritics (maybe another name). */
  difference: 'form' | 'letters';
  other?: Appearance;
}

const ownSpellingsOf = new WeakMap<readonly Appearance[], Map<string, Map<string, number>>>();

/** How often a record writes each spelling of a person, counted once per indexed record (a long record names people thousands of times). */
function ownSpellings(own: readonly Appearance[], key: string): Map<string, number> {
  let byKey = ownSpellingsOf.get(own);
  if (!byKey) {
    byKey = new Map();
    for (const a of own) {
      if (!isStatement(a)) continue;
      let names = byKey.get(a.key);
      if (!names) byKey.set(a.key, (names = new Map()));
      names.set(a.name, (names.get(a.name) ?? 0) + 1);
    }
    ownSpellingsOf.set(own, byKey);
  }
  return byKey.get(key) ?? NONE;
}
const NONE = new Map<string, number>();

/** A name written otherwise than the registry writes it, or than most records do. */
export function spellingIssue(app: Appearance, ctx: PeopleContext): SpellingIssue | undefined {
  const entry = ctx.people.entry(app.name);
  if (entry) {
    // An alias is a spelling the registry accepts.
    if ([entry.name, ...(entry.aliases ?? [])].some((n) => spellingDifference(n, app.name) === 'none')) return undefined;
    const difference = spellingDifference(entry.name, app.name);
    return difference === 'none' ? undefined : { canonical: entry.name, basis: 'registry', difference };
  }
  // The archive's spellings, with this record's indexed appearances replaced by the one checked.
  const counts = new Map<string, { n: number; first: Appearance }>();
  for (const [name, c] of summaryOf(ctx.people, ctx.catalog, app.key).spellings) counts.set(name, { ...c });
  for (const [name, n] of ownSpellings(ctx.people.index.ofRecord(app.uri), app.key)) {
    const c = counts.get(name);
    if (c) c.n -= n;
  }
  const mineCount = counts.get(app.name);
  if (mineCount) mineCount.n++;
  else counts.set(app.name, { n: 1, first: app });
  let best: { name: string; n: number; first: Appearance } | undefined;
  for (const [name, c] of counts) {
    if (c.n <= 0) continue;
    const earlier = (c.first.date ?? '9999') < (best?.first.date ?? '9999');
    if (!best || c.n > best.n || (c.n === best.n && earlier)) best = { name, ...c };
  }
  if (!best || best.name === app.name) return undefined;
  const difference = spellingDifference(best.name, app.name);
  return difference === 'none' ? undefined : { canonical: best.name, basis: 'records', difference, other: best.first };
}
