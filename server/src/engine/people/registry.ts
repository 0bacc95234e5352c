// People known to the workspace: the dated registry (.briefing/people.yaml) and the people
// named in other records. The registry answers "what rank and posts did X hold on date D".
import { fold } from '../text/fold';

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

export interface SeenPerson extends PersonState {
  name: string;
  date?: string;
  uri: string;
}

export class PeopleRegistry {
  private readonly byKey = new Map<string, RegistryEntry>();
  private readonly seen = new Map<string, SeenPerson[]>();

  setRegistry(entries: RegistryEntry[]): void {
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
  setSeen(uri: string, people: SeenPerson[]): void {
    for (const [key, list] of this.seen) {
      const kept = list.filter((p) => p.uri !== uri);
      if (kept.length) this.seen.set(key, kept);
      else this.seen.delete(key);
    }
    for (const p of people) {
      const key = fold(p.name);
      const list = this.seen.get(key) ?? [];
      list.push(p);
      this.seen.set(key, list);
    }
  }

  /** Whether a name is known only from the record at `uri` (not the registry, no other record). */
  seenOnlyIn(name: string, uri: string): boolean {
    const key = fold(name);
    if (this.byKey.has(key)) return false;
    const list = this.seen.get(key);
    return !!list?.length && list.every((p) => p.uri === uri);
  }

  /** Every known name: registry first, then names seen in records. */
  names(): string[] {
    const out = new Map<string, string>();
    for (const e of this.byKey.values()) out.set(fold(e.name), e.name);
    for (const [key, list] of this.seen) if (!out.has(key)) out.set(key, list[0].name);
    return [...out.values()];
  }

  /**
   * What to fill for a person on a date: the registry state at that date when known, else the
   * most recent record that named them on or before the date (never a later one blindly).
   */
  stateFor(name: string, date?: string): (PersonState & { basis: 'registry' | 'record'; from?: string; uri?: string }) | undefined {
    if (date) {
      const r = this.at(name, date);
      if (r) return { ...r, basis: 'registry' };
    }
    const list = this.seen.get(fold(name));
    if (!list?.length) return undefined;
    const candidates = date ? list.filter((p) => !p.date || p.date <= date) : list;
    const pool = candidates.length ? candidates : [];
    if (!pool.length) return undefined;
    const best = pool.reduce((a, b) => ((b.date ?? '') > (a.date ?? '') ? b : a));
    return { rank: best.rank, positions: best.positions, unit: best.unit, force: best.force, basis: 'record', uri: best.uri };
  }
}
