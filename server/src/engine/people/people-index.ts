// The people index of a project: every appearance of every person across its records, kept per
// record so that an edit replaces one record's appearances without touching the others (its cost
// is the record's own appearances, whatever the size of the archive). Each person's appearances
// stay sorted by date: an edit takes the record's block out and puts the new one in by binary
// search, never sorting the timeline again. A revision per person lets caches of other records
// know when what the archive says about "their" people changed.
import type { Appearance } from './appearances';

interface Bucket {
  byUri: Map<string, readonly Appearance[]>;
  /** When each record joined the bucket: one date's appearances keep that order. */
  joined: Map<string, number>;
  nextJoined: number;
  /**
   * By date (undated first), then by when the record joined, then in the record's order. Built
   * by one sort on first read (after loading a project), then kept up to date edit by edit.
   */
  sorted?: Appearance[];
  revision: number;
  /** Moves on every change of the bucket; `last` is that change, for summaries to follow it. */
  stamp: number;
  last?: BucketChange;
}

/** One record's appearances of a person replaced: what a summary built before needs to catch up. */
export interface BucketChange {
  /** The bucket's stamp before the change (undefined for a new bucket). */
  from?: number;
  uri: string;
  old: readonly Appearance[];
  next: readonly Appearance[];
}

const EMPTY: readonly Appearance[] = [];

/**
 * Where a record's block of appearances starts in `sorted`: the first appearance after every one
 * that sorts before (date, joined). A record has one date, so its appearances are contiguous.
 */
function blockStart(bucket: Bucket, sorted: readonly Appearance[], date: string, joined: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const a = sorted[mid];
    const d = a.date ?? '';
    if (d < date || (d === date && bucket.joined.get(a.uri)! < joined)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Replaces one record's block in a bucket's sorted appearances (either side may be empty). */
function replaceBlock(bucket: Bucket, uri: string, old: readonly Appearance[] | undefined, next: readonly Appearance[] | undefined): void {
  const { sorted } = bucket;
  if (sorted && old?.length) sorted.splice(blockStart(bucket, sorted, old[0].date ?? '', bucket.joined.get(uri)!), old.length);
  if (!next?.length) {
    bucket.byUri.delete(uri);
    bucket.joined.delete(uri);
    return;
  }
  if (!bucket.joined.has(uri)) bucket.joined.set(uri, bucket.nextJoined++);
  bucket.byUri.set(uri, next);
  if (sorted) sorted.splice(blockStart(bucket, sorted, next[0].date ?? '', bucket.joined.get(uri)!), 0, ...next);
}

/** By date, undated first; a stable sort keeps one date's appearances in the order records joined. */
function byDate(a: Appearance, b: Appearance): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  return da < db ? -1 : da > db ? 1 : 0;
}

/** What a record states about each person, by key, as comparable text. */
function facts(appearances: readonly Appearance[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of appearances) {
    const f = JSON.stringify([a.name, a.role, a.date, a.rank, a.force, a.positions, a.unit, a.speech]);
    out.set(a.key, (out.get(a.key) ?? '') + f);
  }
  return out;
}

/**
 * Most distinct strings the index shares before it starts a new pool (an editor session typing
 * for days leaves every half-typed name in it). Past it, strings are still copied, only not shared.
 */
const POOL_MAX = 100_000;

/**
 * A copy of `s` that holds only its own characters. A value the parser cut out of a record's
 * text may keep the whole text alive (V8 slices share their parent's characters): an archive's
 * index would hold every record's text through a name or a title.
 */
function own(s: string): string {
  return (' ' + s).slice(1);
}

export class PeopleIndex {
  private readonly byUri = new Map<string, Appearance[]>();
  private readonly byKey = new Map<string, Bucket>();
  private nextRevision = 1;
  private nextStamp = 1;
  /** Moves when the index is cleared: what was derived from its stamps before no longer applies. */
  generation = 0;
  /** One copy of each name, rank, unit, position and title the index holds. */
  private strings = new Map<string, string>();

  private shared(s: string): string;
  private shared(s: string | undefined): string | undefined;
  private shared(s: string | undefined): string | undefined {
    if (s === undefined) return undefined;
    let v = this.strings.get(s);
    if (v === undefined) {
      if (this.strings.size >= POOL_MAX) this.strings = new Map();
      v = own(s);
      this.strings.set(v, v);
    }
    return v;
  }

  /** The appearance with the strings of the pool (the same values): it no longer holds its record's text. */
  private compact(a: Appearance): Appearance {
    a.name = this.shared(a.name);
    a.key = this.shared(a.key);
    a.rank = this.shared(a.rank);
    a.force = this.shared(a.force);
    a.unit = this.shared(a.unit);
    a.speech = this.shared(a.speech);
    a.title = this.shared(a.title);
    a.date = this.shared(a.date);
    for (let i = 0; i < a.positions.length; i++) a.positions[i] = this.shared(a.positions[i]);
    return a;
  }

  /** Replaces what one record says about people. Costs its own appearances, not the archive's. */
  set(uri: string, appearances: readonly Appearance[]): void {
    const old = this.byUri.get(uri);
    if (old === appearances) return;
    // Typing moves ranges but rarely changes what a record says about someone: the revision of
    // a person moves only when the facts do, so other records are not checked again per key
    // stroke (their related locations may then point a few lines off until the next change).
    const was = facts(old ?? []);
    const now = facts(appearances);
    const revision = this.nextRevision++;
    const kept = appearances.map((a) => this.compact(a.uri === uri ? a : { ...a, uri }));
    const mine = new Map<string, Appearance[]>();
    for (const a of kept) {
      const list = mine.get(a.key);
      if (list) list.push(a);
      else mine.set(a.key, [a]);
    }
    for (const key of new Set([...was.keys(), ...mine.keys()])) {
      let bucket = this.byKey.get(key);
      if (!bucket) this.byKey.set(key, (bucket = { byUri: new Map(), joined: new Map(), nextJoined: 0, revision, stamp: 0 }));
      const before = bucket.byUri.get(uri) ?? EMPTY;
      const after = mine.get(key) ?? EMPTY;
      replaceBlock(bucket, uri, before, after);
      bucket.last = { from: bucket.stamp || undefined, uri, old: before, next: after };
      bucket.stamp = this.nextStamp++;
      if (was.get(key) !== now.get(key)) bucket.revision = revision;
      if (bucket.byUri.size === 0) this.byKey.delete(key);
    }
    if (kept.length) this.byUri.set(uri, kept);
    else this.byUri.delete(uri);
  }

  /** Forgets every record (another project is about to be indexed). */
  clear(): void {
    this.byUri.clear();
    this.byKey.clear();
    this.strings = new Map();
    this.generation++;
    this.nextRevision++;
  }

  delete(uri: string): void {
    this.set(uri, []);
  }

  /** A person's appearances, sorted by date. */
  appearances(key: string): readonly Appearance[] {
    const bucket = this.byKey.get(key);
    if (!bucket) return EMPTY;
    if (!bucket.sorted) {
      const all: Appearance[] = [];
      for (const list of bucket.byUri.values()) for (const a of list) all.push(a);
      bucket.sorted = all.sort(byDate);
    }
    return bucket.sorted;
  }

  /** The order in which a record joined a person's appearances (ties on one date keep it). */
  joinedOrder(key: string, uri: string): number | undefined {
    return this.byKey.get(key)?.joined.get(uri);
  }

  /** Where an indexed appearance is in its person's sorted appearances (-1 when it is not). */
  position(a: Appearance): number {
    const bucket = this.byKey.get(a.key);
    const joined = bucket?.joined.get(a.uri);
    if (!bucket || joined === undefined) return -1;
    const sorted = this.appearances(a.key) as Appearance[];
    return sorted.indexOf(a, blockStart(bucket, sorted, a.date ?? '', joined));
  }

  /** Moves whenever a person's appearances change at all (ranges included); 0 when there are none. */
  stamp(key: string): number {
    return this.byKey.get(key)?.stamp ?? 0;
  }

  /** The latest change of a person's appearances. */
  lastChange(key: string): BucketChange | undefined {
    return this.byKey.get(key)?.last;
  }

  /** What a record said, as last indexed. */
  ofRecord(uri: string): readonly Appearance[] {
    return this.byUri.get(uri) ?? EMPTY;
  }

  /** Changes whenever what any record says about this person changes. */
  revision(key: string): number {
    return this.byKey.get(key)?.revision ?? 0;
  }

  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }

  get recordCount(): number {
    return this.byUri.size;
  }
}
