// The people index of a project: every appearance of every person across its records, kept per
// record so that an edit replaces one record's appearances without touching the others. Each
// person's appearances stay sorted by date; a revision per person lets caches of other records
// know when what the archive says about "their" people changed.
import type { Appearance } from './appearances';

interface Bucket {
  /** Sorted by date (undated first), then uri. */
  appearances: Appearance[];
  revision: number;
}

const EMPTY: readonly Appearance[] = [];

function before(a: Appearance, b: Appearance): boolean {
  const da = a.date ?? '';
  const db = b.date ?? '';
  return da < db || (da === db && a.uri < b.uri);
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
    const touch = (key: string, bucket: Bucket) => {
      if (was.get(key) !== now.get(key)) bucket.revision = revision;
    };
    if (old) {
      for (const key of new Set(old.map((a) => a.key))) {
        const bucket = this.byKey.get(key);
        if (!bucket) continue;
        bucket.appearances = bucket.appearances.filter((a) => a.uri !== uri);
        touch(key, bucket);
        if (bucket.appearances.length === 0) this.byKey.delete(key);
      }
    }
    if (appearances.length === 0) {
      this.byUri.delete(uri);
      return;
    }
    const own = appearances.map((a) => (a.uri === uri ? a : { ...a, uri }));
    this.byUri.set(uri, own);
    for (const a of own) {
      let bucket = this.byKey.get(a.key);
      if (!bucket) this.byKey.set(a.key, (bucket = { appearances: [], revision }));
      touch(a.key, bucket);
      const list = bucket.appearances;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (before(a, list[mid])) hi = mid;
        else lo = mid + 1;
      }
      list.splice(lo, 0, a);
    }
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
    return this.byKey.get(key)?.appearances ?? EMPTY;
  }

  /** What a record said, as last indexed. */
  ofRecord(uri: string): readonly Appearance[] {
    return this.byUri.get(uri) ?? EMPTY;
  }

  /** Changes whenever any record's appearances of this person change. */
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
