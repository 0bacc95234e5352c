// What the archive says against one appearance of a person: a rank out of order with another
// record, a promotion faster than the law's minimum time in rank, another force or an
// incompatible rank on the same date, another spelling of the name. Pure functions over the
// index, shared by the rules (diagnostics) and `briefing people` (timelines).
import type { Catalog } from '../catalog/catalog';
import type { RankEntry } from '../catalog/types';
import type { PeopleRegistry } from './registry';
import { isStatement, type Appearance } from './appearances';
import { spellingDifference } from './person-key';

export interface PeopleContext {
  people: PeopleRegistry;
  catalog: Catalog;
}

interface RankAt {
  force: string;
  rank: RankEntry;
}

export function rankOf(catalog: Catalog, a: Appearance): RankAt | undefined {
  if (!a.rank) return undefined;
  const force = catalog.forceOf(a.force);
  const rank = force && catalog.ranks(force.id)?.match(a.rank)?.entry;
  return force && rank ? { force: force.id, rank } : undefined;
}

/** Appearances of the same person in other records that state a rank, with it resolved. */
function othersWithRank(app: Appearance, ctx: PeopleContext): { a: Appearance; r: RankAt }[] {
  const out: { a: Appearance; r: RankAt }[] = [];
  for (const a of ctx.people.index.appearances(app.key)) {
    if (a.uri === app.uri || !a.date || !isStatement(a)) continue;
    // Where the registry speaks it is the authority, and rank-contradicts-registry checks that record.
    if (ctx.people.at(a.name, a.date)?.rank) continue;
    const r = rankOf(ctx.catalog, a);
    if (r) out.push({ a, r });
  }
  return out;
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
  let earlier: Appearance | undefined;
  let later: Appearance | undefined;
  for (const { a, r } of othersWithRank(app, ctx)) {
    if (r.force !== mine.force) continue;
    // A lower order number is a more senior rank.
    if (a.date! < app.date && r.rank.order < mine.rank.order && !demotionRecorded(app, a.date!, app.date, ctx, mine.force)) earlier = a;
    if (!later && a.date! > app.date && r.rank.order > mine.rank.order && !demotionRecorded(app, app.date, a.date!, ctx, mine.force)) later = a;
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
  for (const { a, r } of othersWithRank(app, ctx)) {
    if (r.force !== mine.force || a.date! >= app.date || r.rank.order <= mine.rank.order) continue;
    const between = ladder.filter((x) => x.order > mine.rank.order && x.order < r.rank.order);
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
  const mine = rankOf(ctx.catalog, app);
  for (const a of ctx.people.index.appearances(app.key)) {
    if (a.uri === app.uri || !isStatement(a)) continue;
    const theirForce = ctx.catalog.forceOf(a.force);
    if (!entry?.force && myForce && theirForce && myForce.id !== theirForce.id) {
      return { other: a, kind: 'force', mine: myForce.name, theirs: theirForce.name };
    }
    if (mine && app.date && a.date === app.date && !registrySpeaks(app, ctx)) {
      const r = rankOf(ctx.catalog, a);
      if (r && r.force === mine.force && r.rank.order !== mine.rank.order) return { other: a, kind: 'sameDate', mine: mine.rank.name, theirs: r.rank.name };
    }
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

/** A name written otherwise than the registry writes it, or than most records do. */
export function spellingIssue(app: Appearance, ctx: PeopleContext): SpellingIssue | undefined {
  const entry = ctx.people.entry(app.name);
  if (entry) {
    // An alias is a spelling the registry accepts.
    if ([entry.name, ...(entry.aliases ?? [])].some((n) => spellingDifference(n, app.name) === 'none')) return undefined;
    const difference = spellingDifference(entry.name, app.name);
    return difference === 'none' ? undefined : { canonical: entry.name, basis: 'registry', difference };
  }
  const counts = new Map<string, { n: number; first: Appearance }>();
  const count = (a: Appearance) => {
    const c = counts.get(a.name);
    if (c) c.n++;
    else counts.set(a.name, { n: 1, first: a });
  };
  count(app);
  for (const a of ctx.people.index.appearances(app.key)) if (a.uri !== app.uri) count(a);
  let best: { name: string; n: number; first: Appearance } | undefined;
  for (const [name, c] of counts) {
    const earlier = (c.first.date ?? '9999') < (best?.first.date ?? '9999');
    if (!best || c.n > best.n || (c.n === best.n && earlier)) best = { name, ...c };
  }
  if (!best || best.name === app.name) return undefined;
  const difference = spellingDifference(best.name, app.name);
  return difference === 'none' ? undefined : { canonical: best.name, basis: 'records', difference, other: best.first };
}
