// The merged catalog (bundled data + workspace extension) with the lookups the rules need.
import { NameIndex, remember, type NameMatch } from './name-index';
import type { CatalogData, ForceEntry, MeasureEntry, PositionEntry, RankEntry, UnitEntry, UnitFamily } from './types';
import { fold } from '../text/fold';

export const DEFAULT_FORCE = 'cand';

export interface UnitMatch {
  /** The enumerated unit, when the name is one. */
  unit?: UnitEntry;
  /** The family ("Công an huyện …") when the name is prefix + place. */
  family?: UnitFamily;
  kind: NameMatch<unknown>['kind'];
  canonical: string;
}

export interface PositionMatch {
  position: PositionEntry;
  unit?: UnitMatch;
  kind: NameMatch<unknown>['kind'];
  canonical: string;
}

export class Catalog {
  readonly forces = new NameIndex<ForceEntry>(
    (f) => f.name,
    (f) => [f.id, ...(f.aliases ?? [])],
  );
  private readonly ranksByForce = new Map<string, NameIndex<RankEntry>>();
  readonly positions = new NameIndex<PositionEntry>(
    (p) => p.title,
    (p) => p.aliases ?? [],
  );
  readonly units = new NameIndex<UnitEntry>(
    (u) => u.name,
    (u) => [...(u.aliases ?? []), ...(u.code && u.code_confidence !== 'U' ? [u.code] : [])],
  );
  readonly measures = new NameIndex<MeasureEntry>(
    (m) => m.name,
    (m) => m.aliases ?? [],
  );
  readonly families: UnitFamily[] = [];
  readonly sources = new Map<string, { title?: string; where?: string }>();

  constructor(parts: CatalogData[] = []) {
    for (const p of parts) this.extend(p);
  }

  extend(data: CatalogData): void {
    for (const s of data.sources ?? []) this.sources.set(s.id, s);
    for (const f of data.forces ?? []) {
      const existing = this.forces.match(f.id)?.entry;
      const merged: ForceEntry = existing ? { ...existing, ...f, ranks: [...existing.ranks] } : { ...f, ranks: [] };
      this.forces.add(merged);
      const idx =
        this.ranksByForce.get(merged.id) ??
        new NameIndex<RankEntry>(
          (r) => r.name,
          (r) => r.aliases ?? [],
        );
      for (const r of f.ranks ?? []) {
        idx.add(r);
        if (!merged.ranks.some((x) => x.name === r.name)) merged.ranks.push(r);
      }
      merged.ranks.sort((a, b) => a.order - b.order);
      this.ranksByForce.set(merged.id, idx);
    }
    for (const p of data.positions ?? []) this.positions.add(p);
    this.headWords = undefined;
    for (const u of data.units ?? []) this.units.add(u);
    for (const m of data.measures ?? []) this.measures.add(m);
    for (const fam of data.unit_families ?? []) this.families.push(fam);
    // Longest prefix first so "Công an thành phố thuộc tỉnh" wins over "Công an thành phố".
    this.families.sort((a, b) => b.prefix.length - a.prefix.length);
    this.foldedPrefixes = this.families.map((f) => fold(f.prefix));
    this.familyOf.clear();
    this.positionOf.clear();
  }

  private foldedPrefixes: string[] = [];
  /** Lookups already made, by value (families) and by date and value (positions): read only. */
  private readonly familyOf = new Map<string, UnitMatch | null>();
  private readonly positionOf = new Map<string, PositionMatch | null>();

  /** The force id for a `force:` value (default: Công an nhân dân). */
  forceOf(value: unknown): ForceEntry | undefined {
    if (typeof value !== 'string' || value.trim() === '') return this.forces.match(DEFAULT_FORCE)?.entry;
    return this.forces.match(value)?.entry;
  }

  /**
   * The force of a person: their own `force`, else the force of their unit when the catalog
   * gives one (Bộ Quốc phòng: the army; a ministry: civilian), else Công an nhân dân.
   */
  forceOfPerson(person: { force?: unknown; unit?: unknown }, date?: string): ForceEntry | undefined {
    if (typeof person.force === 'string' && person.force.trim() !== '') return this.forceOf(person.force);
    const unit = typeof person.unit === 'string' ? this.matchUnit(person.unit, date) : undefined;
    const id = unit?.unit?.force ?? unit?.family?.force;
    return (id ? this.forces.match(id)?.entry : undefined) ?? this.forceOf(undefined);
  }

  ranks(forceId = DEFAULT_FORCE): NameIndex<RankEntry> | undefined {
    return this.ranksByForce.get(forceId);
  }

  /** Every force whose ladder has a rank by this name (folded). */
  forcesWithRank(name: string): ForceEntry[] {
    return this.forces.all().filter((f) => this.ranksByForce.get(f.id)?.match(name));
  }

  rankByName(name: string, forceId = DEFAULT_FORCE): RankEntry | undefined {
    return this.ranksByForce.get(forceId)?.match(name)?.entry;
  }

  /**
   * A unit by name, alias or code; or a family name ("Công an quận Ba Đình"). An enumerated unit
   * wins over a family while it is valid at `date`; outside its dates a fitting family is used
   * ("Công an thành phố Huế" was district-level police before 2025).
   */
  matchUnit(value: string, date?: string): UnitMatch | undefined {
    const m = this.units.match(value);
    const family = this.matchFamily(value);
    if (m) {
      const u = m.entry;
      const valid = !date || ((!u.valid_from || u.valid_from <= date) && (!u.valid_to || date <= u.valid_to));
      if (valid || !family || !inFamilyDates(family.family!, date!)) return { unit: u, kind: m.kind, canonical: m.canonical };
    }
    return family;
  }

  private matchFamily(value: string): UnitMatch | undefined {
    return remember(this.familyOf, value, () => this.findFamily(value));
  }

  private findFamily(value: string): UnitMatch | undefined {
    const v = value.normalize('NFC').trim();
    const fv = fold(v);
    for (let i = 0; i < this.families.length; i++) {
      const fam = this.families[i];
      const fp = this.foldedPrefixes[i];
      if (fv.startsWith(fp + ' ') && fv.length > fp.length + 1) {
        const rest = v.slice(findPrefixEnd(v, fam.prefix)).trim();
        return { family: fam, kind: v.startsWith(fam.prefix + ' ') ? 'exact' : 'variant', canonical: `${fam.prefix} ${rest}` };
      }
    }
    return undefined;
  }

  private headWords?: Map<string, PositionEntry[]>;

  /** Unit-head positions by the folded word(s) written before the unit ("giam doc", "chanh"). */
  private headIndex(): Map<string, PositionEntry[]> {
    if (this.headWords) return this.headWords;
    const idx = new Map<string, PositionEntry[]>();
    for (const p of this.positions.all()) {
      if (p.kind !== 'unit-head') continue;
      for (const w of new Set([p.head_word ?? p.title, p.title])) {
        const k = fold(w);
        const list = idx.get(k);
        if (list) list.push(p);
        else idx.set(k, [p]);
      }
    }
    this.headWords = idx;
    return idx;
  }

  /**
   * A position as written: a title on its own ("Bộ trưởng Bộ Công an"), or a unit-head word
   * followed by a unit ("Giám đốc Công an tỉnh Hưng Yên", "Chánh Văn phòng Bộ Công an").
   */
  matchPosition(value: string, date?: string): PositionMatch | undefined {
    return remember(this.positionOf, `${date ?? ''}\u0000${value}`, () => this.findPosition(value, date));
  }

  private findPosition(value: string, date?: string): PositionMatch | undefined {
    const whole = this.positions.match(value);
    if (whole && whole.entry.kind !== 'unit-head') return { position: whole.entry, kind: whole.kind, canonical: whole.canonical };
    const v = value.normalize('NFC').trim();
    const words = v.split(/\s+/);
    for (let n = Math.min(words.length - 1, 5); n >= 1; n--) {
      const heads = this.headIndex().get(fold(words.slice(0, n).join(' ')));
      if (!heads) continue;
      let rest = words.slice(n).join(' ');
      let unit = this.matchUnit(rest, date);
      if (!unit) {
        const stripped = rest.replace(/\s*(?:-|,)?\s*(?:của\s+)?Bộ Công an$/iu, '');
        if (stripped !== rest && stripped) {
          rest = stripped;
          unit = this.matchUnit(rest, date);
        }
      }
      if (!unit) continue;
      const unitKind = unit.unit?.kind ?? unit.family?.kind;
      const head = heads.find((h) => !h.unit_kinds || (unitKind !== undefined && h.unit_kinds.includes(unitKind)));
      if (!head) continue;
      const word = head.head_word ?? head.title;
      const writtenHead = words.slice(0, n).join(' ');
      const headExact = writtenHead === word || writtenHead === head.title;
      const kind = !headExact || unit.kind === 'variant' ? 'variant' : unit.kind === 'alias' ? 'alias' : 'exact';
      return { position: head, unit, kind, canonical: `${headExact ? writtenHead : word} ${unit.canonical}` };
    }
    if (whole) return { position: whole.entry, kind: whole.kind, canonical: whole.canonical };
    return undefined;
  }

  /** The legal rank ceiling of a matched position (a unit's own ceiling applies to its head, not deputies). */
  ceilingOf(m: PositionMatch): string | undefined {
    if (m.position.kind === 'unit-head' && !/^phó\b/iu.test(m.position.title)) {
      const own = m.unit?.unit?.head_ceiling ?? m.unit?.family?.head_ceiling;
      const headTitle = m.unit?.unit?.head_title;
      if (own && (!headTitle || fold(headTitle) === fold(m.position.title))) return own;
    }
    return m.position.ceiling;
  }
}

function inFamilyDates(f: UnitFamily, date: string): boolean {
  return (!f.valid_from || f.valid_from <= date) && (!f.valid_to || date <= f.valid_to);
}

/** Length of the part of `v` that corresponds to `prefix` (same number of words). */
function findPrefixEnd(v: string, prefix: string): number {
  const n = prefix.split(/\s+/).length;
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  let count = 0;
  while ((m = re.exec(v))) {
    count++;
    if (count === n) return m.index + m[0].length;
  }
  return v.length;
}
