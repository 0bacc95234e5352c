// The merged catalog (bundled data + workspace extension) with the lookups the rules need.
import { NameIndex, type NameMatch } from './name-index';
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
  readonly forces = new NameIndex<ForceEntry>((f) => f.name, (f) => [f.id, ...(f.aliases ?? [])]);
  private readonly ranksByForce = new Map<string, NameIndex<RankEntry>>();
  readonly positions = new NameIndex<PositionEntry>((p) => p.title, (p) => p.aliases ?? []);
  readonly units = new NameIndex<UnitEntry>((u) => u.name, (u) => [...(u.aliases ?? []), ...(u.code && u.code_confidence !== 'U' ? [u.code] : [])]);
  readonly measures = new NameIndex<MeasureEntry>((m) => m.name, (m) => m.aliases ?? []);
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
      const idx = this.ranksByForce.get(merged.id) ?? new NameIndex<RankEntry>((r) => r.name, (r) => r.aliases ?? []);
      for (const r of f.ranks ?? []) {
        idx.add(r);
        if (!merged.ranks.some((x) => x.name === r.name)) merged.ranks.push(r);
      }
      merged.ranks.sort((a, b) => a.order - b.order);
      this.ranksByForce.set(merged.id, idx);
    }
    for (const p of data.positions ?? []) this.positions.add(p);
    for (const u of data.units ?? []) this.units.add(u);
    for (const m of data.measures ?? []) this.measures.add(m);
    for (const fam of data.unit_families ?? []) this.families.push(fam);
    // Longest prefix first so "Công an thành phố thuộc tỉnh" wins over "Công an thành phố".
    this.families.sort((a, b) => b.prefix.length - a.prefix.length);
  }

  /** The force id for a `force:` value (default: Công an nhân dân). */
  forceOf(value: unknown): ForceEntry | undefined {
    if (typeof value !== 'string' || value.trim() === '') return this.forces.match(DEFAULT_FORCE)?.entry;
    return this.forces.match(value)?.entry;
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

  matchUnit(value: string): UnitMatch | undefined {
    const m = this.units.match(value);
    if (m) return { unit: m.entry, kind: m.kind, canonical: m.canonical };
    const v = value.normalize('NFC').trim();
    const fv = fold(v);
    for (const fam of this.families) {
      const fp = fold(fam.prefix);
      if (fv.startsWith(fp + ' ') && fv.length > fp.length + 1) {
        const exactPrefix = v.startsWith(fam.prefix + ' ');
        // Keep the place name as written; only the prefix is canonicalised.
        const rest = v.slice(findPrefixEnd(v, fam.prefix)).trim();
        return { family: fam, kind: exactPrefix ? 'exact' : 'variant', canonical: `${fam.prefix} ${rest}` };
      }
    }
    return undefined;
  }

  /**
   * A position as written: a title on its own ("Bộ trưởng Bộ Công an"), or a unit-head title
   * followed by a unit ("Giám đốc Công an tỉnh Hưng Yên", "Cục trưởng Cục An ninh điều tra").
   */
  matchPosition(value: string): PositionMatch | undefined {
    const whole = this.positions.match(value);
    if (whole) return { position: whole.entry, kind: whole.kind, canonical: whole.canonical };
    const v = value.normalize('NFC').trim();
    const words = v.split(/\s+/);
    for (let n = Math.min(words.length - 1, 4); n >= 1; n--) {
      const head = this.positions.match(words.slice(0, n).join(' '));
      if (!head || head.entry.kind !== 'unit-head') continue;
      let rest = words.slice(n).join(' ');
      let unit = this.matchUnit(rest);
      if (!unit) {
        const stripped = rest.replace(/\s*(?:-|,)?\s*(?:của\s+)?Bộ Công an$/iu, '');
        if (stripped !== rest && stripped) {
          rest = stripped;
          unit = this.matchUnit(rest);
        }
      }
      if (!unit) continue;
      const kind = head.kind === 'variant' || unit.kind === 'variant' ? 'variant' : head.kind === 'alias' || unit.kind === 'alias' ? 'alias' : 'exact';
      return { position: head.entry, unit, kind, canonical: `${head.canonical} ${unit.canonical}` };
    }
    return undefined;
  }

  /** The legal rank ceiling of a matched position (the unit's own ceiling wins for heads). */
  ceilingOf(m: PositionMatch): string | undefined {
    if (m.position.kind === 'unit-head' && m.unit?.unit?.head_ceiling) {
      const headTitle = m.unit.unit.head_title;
      if (!headTitle || fold(headTitle) === fold(m.position.title)) return m.unit.unit.head_ceiling;
    }
    return m.position.ceiling;
  }
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
