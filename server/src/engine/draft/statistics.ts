// Figures: a Vietnamese number with a catalog unit (or a unit named earlier in the clause: "số
// đối tượng bị bắt là 1.978"), its approximation word, and what follows it in the clause.
import type { Span } from '../types';
import type { Sentence } from './types';
import { findNumbers, readNumber } from './numbers';
import type { UnitMatcher, UnitHit } from './units';
import { readTail, type Comparison } from './stat-tail';
import { labelFor, phraseAfter, phraseBefore } from './stat-label';

export interface DraftStatistic {
  stat: Record<string, unknown>;
  /** The number (and its unit) as written. */
  span: Span;
  sentence: Sentence;
  /** Spans of parts: "comparisons.0", "target", "breakdown". */
  parts: { key: (string | number)[]; span: Span }[];
  note?: string;
  /** The phrase after the unit was empty ("1.457 vụ - 1.978 đối tượng …"). */
  borrowLabel?: { unit: string; count: boolean };
}

const CHANGE = /(?:^|\s)(?:tăng|giảm)(?:\s+(?:hơn|gần|khoảng))?\s+$/u;
const APPROX = /(?:^|\s)(hơn|gần|khoảng|trên|dưới|ít nhất)\s+$/u;
const NAMED_UNIT = /(?:^|[\s,;(])[Ss]ố\s+(?:lượng\s+)?/gu;
const LINK = /\s(?:là|đạt|lên tới|lên đến|gồm|có)\s*(?:hơn|gần|khoảng|trên|dưới)?\s*$|:\s*$/u;

/** The unit of a bare number named earlier in its clause ("số đối tượng bị bắt là 1.978"). */
function namedUnit(text: string, clauseStart: number, at: number, units: UnitMatcher): UnitHit | undefined {
  const before = text.slice(clauseStart, at);
  if (!LINK.test(before)) return undefined;
  NAMED_UNIT.lastIndex = 0;
  let hit: UnitHit | undefined;
  let m: RegExpExecArray | null;
  while ((m = NAMED_UNIT.exec(before))) hit = units.named(text, clauseStart + m.index + m[0].length) ?? hit;
  return hit ? { ...hit, end: at } : undefined;
}

const SCALE: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

/** "2,1 triệu trường hợp", "1,5 nghìn tỷ đồng": a number word between the number and its unit. */
function multiplier(text: string, at: number, units: UnitMatcher): { factor: number; unit: UnitHit } | undefined {
  const m = /^\s+(nghìn|ngàn|triệu|tỷ|tỉ)(?=\s)/u.exec(text.slice(at, at + 10));
  const unit = m ? units.at(text, at + m[0].length) : undefined;
  return m && unit ? { factor: SCALE[m[1]], unit } : undefined;
}

/** How far around a figure its label, unit and tail are looked for: a clause, not a page. */
const REACH = 240;

function clauseStartOf(text: string, s: Sentence, at: number): number {
  const lo = Math.max(s.start, at - REACH);
  const semi = text.slice(lo, at).lastIndexOf(';');
  return semi >= 0 ? lo + semi + 1 : lo;
}

function clauseEndOf(text: string, s: Sentence, from: number): number {
  const hi = Math.min(s.end, from + 2 * REACH);
  const semi = text.slice(from, hi).indexOf(';');
  return semi >= 0 ? from + semi : hi;
}

export function findStatistics(text: string, sentences: readonly Sentence[], units: UnitMatcher, skip: (s: Sentence) => boolean): DraftStatistic[] {
  const out: DraftStatistic[] = [];
  for (const s of sentences) {
    if (skip(s)) continue;
    // A sentence that only compares the figure before it ("So với cùng kỳ …, số vụ tăng 4,7%").
    const later = LATER.exec(text.slice(s.start, s.end));
    let consumedTo = later ? s.start + later[0].length : s.start;
    for (const n of findNumbers(text, s.start, s.end)) {
      if (n.span[0] < consumedTo) continue;
      // "giảm 5,1% so với năm 2022" with no figure of its own: a change, not a figure.
      if (CHANGE.test(text.slice(Math.max(s.start, n.span[0] - 16), n.span[0]))) continue;
      const clauseStart = clauseStartOf(text, s, n.span[0]);
      let unit = units.at(text, n.span[1]);
      const scale = unit ? undefined : multiplier(text, n.span[1], units);
      unit ??= scale?.unit;
      const split = !unit ? namedUnit(text, clauseStart, n.span[0], units) : undefined;
      unit ??= split;
      if (!unit) continue;
      const limit = clauseEndOf(text, s, unit.end);
      const stat: Record<string, unknown> = { label: '', value: n.value, unit: unit.unit };
      let note: string | undefined;
      if (scale) {
        stat.value = Number((n.value * scale.factor).toPrecision(12));
        note = `"${text.slice(n.span[0], scale.unit.end)}" = ${stat.value} ${unit.unit}`;
      } else if (n.ambiguousComma && unit.count) {
        stat.value = Number(n.written.replace(',', ''));
        note = `"${n.written}" đọc là ${stat.value}: số đếm không có phần thập phân`;
      }
      const approx = APPROX.exec(text.slice(Math.max(s.start, n.span[0] - 12), n.span[0]));
      if (approx) stat.approx = approx[1];
      const after = split ? { phrase: '', end: n.span[1] } : phraseAfter(text, unit.end, limit);
      const before = phraseBefore(text, clauseStart, n.span[0] - (approx ? approx[0].length : 0));
      stat.label = labelFor(unit.unit, unit.count, unit.percent, after.phrase, split ? before.replace(/^số\s+/iu, '') : before);
      const tail = readTail(text, after.end, limit, unit.unit, units);
      const parts: DraftStatistic['parts'] = [];
      if (tail.comparisons.length) {
        stat.comparisons = tail.comparisons.map((c) => c.value);
        tail.comparisons.forEach((c, i) => parts.push({ key: ['comparisons', i], span: c.span }));
      }
      if (tail.target) {
        stat.target = tail.target.value;
        parts.push({ key: ['target'], span: tail.target.span });
      }
      if (tail.breakdown) {
        stat.breakdown = tail.breakdown.value;
        parts.push({ key: ['breakdown'], span: tail.breakdown.span });
      }
      consumedTo = Math.max(unit.end, tail.end);
      out.push({
        stat,
        span: [split ? n.span[0] : n.span[0], split ? n.span[1] : unit.end],
        sentence: s,
        parts,
        note,
        borrowLabel: !after.phrase && !unit.percent && !split ? { unit: unit.unit, count: unit.count } : undefined,
      });
    }
  }
  borrowLabels(out, text);
  attachLaterComparisons(text, sentences, out, units);
  return out;
}

/** "1.457 vụ - 1.978 đối tượng phạm tội về ma túy", "138,6kg và 162.526 viên ma túy tổng hợp". */
function borrowLabels(stats: DraftStatistic[], text: string): void {
  for (let i = stats.length - 2; i >= 0; i--) {
    const a = stats[i];
    const b = stats[i + 1];
    if (!a.borrowLabel || b.sentence !== a.sentence) continue;
    const between = text.slice(a.span[1], b.span[0]);
    if (!/^\s*(?:-|–|và|,)\s*$/u.test(between)) continue;
    const bLabel = String(b.stat.label);
    const phrase = b.borrowLabel ? '' : stripUnit(bLabel, String(b.stat.unit));
    if (!phrase) continue;
    a.stat.label = labelFor(a.borrowLabel.unit, a.borrowLabel.count, false, phrase, '');
    a.borrowLabel = undefined;
  }
}

function stripUnit(label: string, unit: string): string {
  const l = label.toLowerCase();
  const u = unit.toLowerCase();
  return l.startsWith(u + ' ') ? label.slice(u.length + 1) : label.toLowerCase() === label ? label : label[0].toLowerCase() + label.slice(1);
}

const LATER =
  /^(?:So với\s+([^,]+),\s*(?:số\s+(\S+(?:\s\S+)?)\s+)?(tăng|giảm)\s+(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(%)?|Số\s+(\S+(?:\s\S+)?)\s+(tăng|giảm)\s+(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(%)?\s+so\s+(?:với\s+)?([^,;.]+))/u;

/** "So với cùng kỳ năm 2019, số vụ giảm 12,5%." — a comparison in the sentence after its figure. */
function attachLaterComparisons(text: string, sentences: readonly Sentence[], stats: DraftStatistic[], units: UnitMatcher): void {
  for (const s of sentences) {
    const m = LATER.exec(text.slice(s.start, s.end));
    if (!m) continue;
    const unitWords = m[2] ?? m[6];
    const unit = unitWords ? units.named(unitWords + ' ', 0)?.unit : undefined;
    const target = [...stats].reverse().find((x) => x.span[1] <= s.start && (!unit || x.stat.unit === unit));
    if (!target) continue;
    const size = readNumber(m[4] ?? m[8]);
    const measure = (m[5] ?? m[9]) ? { percent: size } : { amount: size };
    const c: Comparison = m[3]
      ? { direction: m[3] as Comparison['direction'], ...measure, baseline: m[1].trim() }
      : { direction: m[7] as Comparison['direction'], ...measure, baseline: m[10].trim() };
    const list = (target.stat.comparisons as Comparison[] | undefined) ?? [];
    target.stat.comparisons = [...list, c];
    target.parts.push({ key: ['comparisons', list.length], span: [s.start, s.start + m[0].length] });
  }
}
