// The people index of a project: every appearance of every person across its records, kept per
// record so that an edit replaces one record's appearances without touching the others (its cost
// is the record's own appearances, whatever the size of the archive). A person's appearances
// sorted by date are built when first read after a change; a revision per person lets caches of
// other records know when what the archive says about "their" people changed.
import type { Appearance } from './appearances';

interface Bucket {
  byUri: Map<string, readonly Appearance[]>;
  /** Sorted by date (undated first); rebuilt on first read after a change. */
  sorted?: Appearance[];
  revision: number;
}

const EMPTY: readonly Appearance[] = [];

/** By date, undated first; a stable sort keeps one date's appearances in the order records were indexed. */
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

export class PeopleIndex {
  private readonly byUri = new Map<string, Appearance[]>();
  private readonly byKey = new Map<string, Bucket>();
  private nextRevision = 1;

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
    const own = appearances.map((a) => (a.uri === uri ? a : { ...a, uri }));
    const mine = new Map<string, Appearance[]>();
    for (const a of own) mine.set(a.key, [...(mine.get(a.key) ?? []), a]);
    for (const key of new Set([...was.keys(), ...mine.keys()])) {
      let bucket = this.byKey.get(key);
      if (!bucket) this.byKey.set(key, (bucket = { byUri: new Map(), revision }));
      const list = mine.get(key);
      if (list) bucket.byUri.set(uri, list);
      else bucket.byUri.delete(uri);
      bucket.sorted = undefined;
      if (was.get(key) !== now.get(key)) bucket.revision = revision;
      if (bucket.byUri.size === 0) this.byKey.delete(key);
    }
    if (own.length) this.byUri.set(uri, own);
    else this.byUri.delete(uri);
  }

  /** Forgets every record (another project is about to be indexed). */
  clear(): void {
    this.byUri.clear();
    this.byKey.clear();
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
