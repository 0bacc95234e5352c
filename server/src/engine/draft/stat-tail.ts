// What follows a figure in the same clause: comparisons ("giảm 23,16% so với cùng kỳ năm 2019",
// two of them joined by "và"), a target ("cao hơn chỉ tiêu 9,5%", "vượt 9,5% so với chỉ tiêu
// 70%") and a breakdown ("trong đó hình sự 20.516 vụ, kinh tế 8.875 vụ").
import type { Span } from '../types';
import { readNumber, findNumbers } from './numbers';
import type { UnitMatcher } from './units';

export interface Comparison {
  direction: 'tăng' | 'giảm';
  percent?: number;
  amount?: number;
  baseline: string;
}

export interface TailPart<T> {
  value: T;
  span: Span;
}

export interface Tail {
  comparisons: TailPart<Comparison>[];
  target?: TailPart<{ value?: number; difference?: number }>;
  breakdown?: TailPart<{ label: string; value: number }[]>;
  /** Where the tail ends: numbers before this offset belong to the figure. */
  end: number;
}

// Literal patterns (no pattern is ever built at run time). A number is \d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?;
// words without digits may stand between a figure and its tail ("19.685 vụ tai nạn, vi phạm các
// loại, trong đó …"): the lead [^;.\d…]{0,80}?.
const COMPARISON =
  /[^;.\d…]{0,80}?(tăng|giảm)\s+(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(%|[^\s,;.()]+(?:\s[^\s,;.()]+)?)?\s*(?:\([^)]*\)\s*)?so\s+(với\s+)?([^,;.()…]+?)(?=\s*(?:[,;.()…]|và\s+(?:tăng|giảm)|$))/uy;
const COMPARISON_FIRST = /[^;.\d…]{0,80}?so\s+với\s+([^,;.()…]+?),?\s+(tăng|giảm)\s+(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(%)?/uy;
const TARGET_DIFF =
  /[^;.\d…]{0,80}?(cao hơn|vượt|thấp hơn)\s+(?:mức\s+)?chỉ tiêu(?:\s+(?:đề ra|được giao))?\s+(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*%?/uy;
const TARGET_BOTH =
  /[^;.\d…]{0,80}?(cao hơn|vượt|thấp hơn)\s+(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*%?\s+so với\s+chỉ tiêu(?:\s+(?:đề ra|được giao))?(?:\s+(?:là\s+)?(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*%?)?/uy;
const TARGET_VALUE = /[^;.\d…]{0,80}?(?:so với\s+)?chỉ tiêu(?:\s+(?:đề ra|được giao))?(?:\s+là)?\s+(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*%?\)?/uy;
const BREAKDOWN = /[^;.\d…]{0,80}?[\s,(]*(?:trong đó(?:\s+có)?|bao gồm|gồm(?:\s+có)?)\s*:?\s*/uy;

function at(re: RegExp, text: string, pos: number, limit: number): RegExpExecArray | undefined {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m && m.index + m[0].length <= limit ? m : undefined;
}

/** Parses the tail of a figure from `pos` (after its unit and label) up to `limit` (clause end). */
export function readTail(text: string, pos: number, limit: number, unit: string, units: UnitMatcher): Tail {
  const tail: Tail = { comparisons: [], end: pos };
  let p = pos;
  for (let guard = 0; guard < 8; guard++) {
    let m: RegExpExecArray | undefined;
    if ((m = at(COMPARISON, text, p, limit))) {
      const size = readNumber(m[2]);
      const u = m[3]?.trim();
      const isPercent = u === '%';
      const amountUnit = !isPercent && u ? units.at(u + ' ', 0) : undefined;
      if (!isPercent && u && amountUnit?.unit !== unit) break;
      const value: Comparison = { direction: m[1] as Comparison['direction'], ...(isPercent ? { percent: size } : { amount: size }), baseline: m[5].trim() };
      tail.comparisons.push({ value, span: trimmed(text, m.index, m.index + m[0].length) });
      p = m.index + m[0].length;
    } else if ((m = at(COMPARISON_FIRST, text, p, limit))) {
      const size = readNumber(m[3]);
      const value: Comparison = { direction: m[2] as Comparison['direction'], ...(m[4] ? { percent: size } : { amount: size }), baseline: m[1].trim() };
      tail.comparisons.push({ value, span: trimmed(text, m.index, m.index + m[0].length) });
      p = m.index + m[0].length;
    } else if (!tail.target && (m = at(TARGET_BOTH, text, p, limit))) {
      const sign = m[1] === 'thấp hơn' ? -1 : 1;
      const value: { value?: number; difference?: number } = { difference: sign * readNumber(m[2]) };
      if (m[3]) value.value = readNumber(m[3]);
      tail.target = { value, span: trimmed(text, m.index, m.index + m[0].length) };
      p = m.index + m[0].length;
    } else if (!tail.target && (m = at(TARGET_DIFF, text, p, limit))) {
      const sign = m[1] === 'thấp hơn' ? -1 : 1;
      tail.target = { value: { difference: sign * readNumber(m[2]) }, span: trimmed(text, m.index, m.index + m[0].length) };
      p = m.index + m[0].length;
    } else if (!tail.target && (m = at(TARGET_VALUE, text, p, limit))) {
      tail.target = { value: { value: readNumber(m[1]) }, span: trimmed(text, m.index, m.index + m[0].length) };
      p = m.index + m[0].length;
    } else if (!tail.breakdown && (m = at(BREAKDOWN, text, p, limit))) {
      const parts = readBreakdown(text, m.index + m[0].length, limit, unit, units);
      if (!parts) break;
      tail.breakdown = { value: parts.parts, span: trimmed(text, m.index, parts.end) };
      p = parts.end;
    } else break;
    tail.end = p;
  }
  return tail;
}

const PART_SEPARATOR = /^[\s,;]*(?:và\s+)?/u;

/** "hình sự 20.516 vụ, kinh tế 8.875 vụ" or "20.516 vụ hình sự, 8.875 vụ kinh tế". */
function readBreakdown(
  text: string,
  from: number,
  limit: number,
  unit: string,
  units: UnitMatcher,
): { parts: { label: string; value: number }[]; end: number } | undefined {
  const parts: { label: string; value: number }[] = [];
  let p = from;
  let end = from;
  for (const n of findNumbers(text, from, limit)) {
    if (n.span[0] < p) continue;
    const before = text.slice(p, n.span[0]).replace(PART_SEPARATOR, '').trim();
    if (/[;.]/u.test(before)) break;
    const hit = units.at(text, n.span[1]);
    if (hit && hit.unit !== unit) break;
    let after = hit ? hit.end : n.span[1];
    let label = before.replace(/^(?:có|gồm)\s+/u, '');
    if (!label) {
      const m = /^\s+([^,;.()\d]+?)(?=\s*(?:[,;.()]|và\s|$))/u.exec(text.slice(after, limit));
      if (!m) break;
      label = m[1].trim();
      after += m[0].length;
    } else if (/[,()]/u.test(label)) break;
    parts.push({ label, value: n.value });
    p = end = after;
  }
  return parts.length ? { parts, end } : undefined;
}

function trimmed(text: string, start: number, end: number): Span {
  let a = start;
  let b = end;
  while (a < b && /[\s,(]/u.test(text[a])) a++;
  while (b > a && /\s/u.test(text[b - 1])) b--;
  return [a, b];
}
