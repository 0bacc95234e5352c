// Measurement units right after a number, from the measures catalog: "1.457 vụ", "28kg",
// "86,93%", "23 băng, nhóm" (an alias of "băng nhóm"). Longest written form wins.
import type { Catalog } from '../catalog/catalog';

export interface UnitHit {
  unit: string;
  count: boolean;
  percent: boolean;
  /** Offset just after the unit as written. */
  end: number;
}

interface Form {
  lower: string;
  unit: string;
  count: boolean;
  percent: boolean;
}

/** Measures of time ("9 giờ", "7 ngày") are read as times and dates, not as figures. */
const NOT_FIGURES = new Set(['thời gian']);

export class UnitMatcher {
  private readonly forms: Form[] = [];

  constructor(catalog: Catalog) {
    for (const m of catalog.measures.all()) {
      if (m.quantity && NOT_FIGURES.has(m.quantity)) continue;
      for (const w of [m.name, ...(m.aliases ?? [])]) {
        this.forms.push({ lower: w.normalize('NFC').toLowerCase(), unit: m.name, count: !!m.count, percent: !!m.percent });
      }
    }
    this.forms.sort((a, b) => b.lower.length - a.lower.length);
  }

  /** The unit written at `at` (after optional spaces), if any. */
  at(text: string, at: number): UnitHit | undefined {
    let p = at;
    while (p < text.length && (text[p] === ' ' || text[p] === '\u00a0')) p++;
    if (p - at > 2) return undefined;
    const ahead = text.slice(p, p + 40).toLowerCase();
    for (const f of this.forms) {
      if (!ahead.startsWith(f.lower)) continue;
      const next = ahead[f.lower.length];
      if (next !== undefined && /[\p{L}\p{N}]/u.test(next) && f.lower !== '%') continue;
      return { unit: f.unit, count: f.count, percent: f.percent, end: p + f.lower.length };
    }
    return undefined;
  }

  /** The unit named by a noun phrase ("số vụ", "số đối tượng"): the same forms, at a word start. */
  named(text: string, at: number): UnitHit | undefined {
    const hit = this.at(text, at);
    return hit && !hit.percent ? hit : undefined;
  }
}
