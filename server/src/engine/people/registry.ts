// People known to the workspace: the dated registry (.briefing/people.yaml) and the people
// named in other records. The registry answers "what rank and posts did X hold on date D".
import { fold } from '../text/fold';
import type { Range } from '../types';
import { PeopleIndex } from './people-index';
import { isStatement, type Appearance } from './appearances';
import { personKey } from './person-key';

export interface PersonState {
  rank?: string;
  positions?: string[];
  unit?: string;
  force?: string;
}

export interface RegistryEntry {
  name: string;
  force?: string;
  aliases?: string[];
  history?: ({ from: string; to?: string; sources?: string[] } & PersonState)[];
}

export class PeopleRegistry {
  private readonly byKey = new Map<string, RegistryEntry>();
  /** Every appearance of a person in the project's records. */
  readonly index = new PeopleIndex();

  /** Where each entry's name is written in the registry file, by key. */
  private locations = new Map<string, { uri: string; range: Range }>();

  registryLocation(name: string): { uri: string; range: Range } | undefined {
    const e = this.entry(name);
    return e ? this.locations.get(fold(e.name)) : undefined;
  }

  /** Bumped whenever the registry is loaded: summaries built on the old one are dropped. */
  version = 0;

  setRegistry(entries: RegistryEntry[], locations = new Map<string, { uri: string; range: Range }>()): void {
    this.version++;
    this.locations = locations;
    this.byKey.clear();
    for (const e of entries) {
      if (!e || typeof e.name !== 'string') continue;
      this.byKey.set(fold(e.name), e);
      for (const a of e.aliases ?? []) this.byKey.set(fold(a), e);
    }
  }

  entry(name: string): RegistryEntry | undefined {
    return this.byKey.get(fold(name));
  }

  /** The registry's state for a person on a date (the period containing the date). */
  at(name: string, date: string): (PersonState & { from: string; to?: string }) | undefined {
    const e = this.entry(name);
    if (!e?.history) return undefined;
    const matches = e.history.filter((h) => typeof h.from === 'string' && h.from <= date && (!h.to || date <= h.to));
    if (matches.length === 0) return undefined;
    const h = matches.reduce((a, b) => (b.from > a.from ? b : a));
    return { ...h, force: h.force ?? e.force };
  }

  /** Records the people named in one record (replacing what that record said before). */
  setSeen(uri: string, appearances: readonly Appearance[]): void {
    this.index.set(uri, appearances);
  }

  /** Whether a name is known only from the record at `uri` (not the registry, no other record). */
  seenOnlyIn(name: string, uri: string): boolean {
    const key = fold(name);
    if (this.byKey.has(key)) return false;
    const list = this.index.appearances(personKey(name));
    return list.length > 0 && list.every((p) => p.uri === uri);
  }

  /** Every known name: registry first, then names seen in records. */
  names(): string[] {
    const out = new Map<string, string>();
    for (const e of this.byKey.values()) out.set(fold(e.name), e.name);
    for (const key of this.index.keys()) if (!out.has(key)) out.set(key, this.index.appearances(key)[0].name);
    return [...out.values()];
  }

  /**
   * What to fill for a person on a date: the registry state at that date when known, else the
   * most recent record that named them on or before the date (never a later one blindly).
   */
  stateFor(
    name: string,
    date?: string,
    exceptUri?: string,
  ): (PersonState & { basis: 'registry' | 'record'; from?: string; uri?: string; date?: string }) | undefined {
    if (date) {
      const r = this.at(name, date);
      if (r) return { ...r, basis: 'registry' };
    }
    // Appearances are sorted by date: the last one on or before the date is the latest statement.
    const list = this.index.appearances(personKey(name));
    let best: Appearance | undefined;
    for (const a of list) {
      if (date && a.date && a.date > date) break;
      if (isStatement(a) && a.uri !== exceptUri) best = a;
    }
    if (!best) return undefined;
    return { rank: best.rank, positions: best.positions, unit: best.unit, force: best.force, basis: 'record', uri: best.uri, date: best.date };
  }
}
