// Exact and diacritics-insensitive lookup of catalog names and aliases.
import { fold, closest } from '../text/fold';

export type MatchKind = 'exact' | 'alias' | 'variant';

export interface NameMatch<T> {
  entry: T;
  /** exact: the canonical name; alias: a known other name; variant: same letters after folding. */
  kind: MatchKind;
  canonical: string;
}

/** Lookups remembered per index; past this many the memo starts again (memory stays bounded). */
export const MEMO_MAX = 20_000;

/** A memo's value for `key`, computed once (the memo starts again past MEMO_MAX entries). */
export function remember<T>(memo: Map<string, T | null>, key: string, compute: () => T | undefined): T | undefined {
  const hit = memo.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const value = compute();
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, value ?? null);
  return value;
}

export class NameIndex<T> {
  private readonly exact = new Map<string, { entry: T; alias: boolean }>();
  private readonly folded = new Map<string, T[]>();
  private readonly entries: T[] = [];
  /** Lookups already made: an archive names the same units, ranks and positions in every record. */
  private readonly matched = new Map<string, NameMatch<T> | null>();

  constructor(
    private readonly nameOf: (e: T) => string,
    private readonly aliasesOf: (e: T) => readonly string[] = () => [],
  ) {}

  add(entry: T): void {
    this.matched.clear();
    const name = this.nameOf(entry).normalize('NFC');
    const existing = this.exact.get(name);
    if (existing && !existing.alias) {
      // Same name again (a workspace catalog overriding a bundled entry): replace it.
      const i = this.entries.indexOf(existing.entry);
      if (i >= 0) this.entries[i] = entry;
      for (const list of this.folded.values()) {
        const j = list.indexOf(existing.entry);
        if (j >= 0) list[j] = entry;
      }
    } else {
      this.entries.push(entry);
    }
    this.exact.set(name, { entry, alias: false });
    this.addFolded(name, entry);
    for (const a of this.aliasesOf(entry)) {
      const an = a.normalize('NFC');
      if (!this.exact.has(an)) this.exact.set(an, { entry, alias: true });
      this.addFolded(an, entry);
    }
  }

  private addFolded(s: string, entry: T): void {
    const key = fold(s);
    const list = this.folded.get(key) ?? [];
    if (!list.includes(entry)) list.push(entry);
    this.folded.set(key, list);
  }

  all(): readonly T[] {
    return this.entries;
  }

  /** The entry a value names (the same object for the same value until the index changes: read only). */
  match(value: string): NameMatch<T> | undefined {
    return remember(this.matched, value, () => this.lookup(value));
  }

  private lookup(value: string): NameMatch<T> | undefined {
    const v = value.normalize('NFC').trim();
    const hit = this.exact.get(v);
    if (hit) return { entry: hit.entry, kind: hit.alias ? 'alias' : 'exact', canonical: this.nameOf(hit.entry) };
    const list = this.folded.get(fold(v));
    if (list && list.length > 0) return { entry: list[0], kind: 'variant', canonical: this.nameOf(list[0]) };
    return undefined;
  }

  /** The closest canonical name for a value that does not match (typo suggestion). */
  suggest(value: string): string | undefined {
    return closest(value, this.entries.map(this.nameOf));
  }
}
