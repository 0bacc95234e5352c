// Periods as written: "tháng 2-2020", "Quý III/2023", "6 tháng đầu năm 2020", "năm 2019",
// "quý III và 9 tháng đầu năm 2023" (a union of parts).
import { daysInMonth, formatIso } from './iso';

export interface PeriodRange {
  start: string;
  end: string;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function monthRange(y: number, m1: number, m2: number): PeriodRange {
  return { start: formatIso({ y, m: m1, d: 1 }), end: formatIso({ y, m: m2, d: daysInMonth(y, m2) }) };
}

function parsePart(part: string, year: number | undefined): PeriodRange | undefined {
  const p = part.trim();
  let m: RegExpExecArray | null;
  const yr = (s?: string) => (s ? +s : year);
  if ((m = /^tháng\s+(\d{1,2})(?:\s*(?:[-/]|năm)\s*(\d{4}))?$/iu.exec(p))) {
    const y = yr(m[2]);
    const mo = +m[1];
    return y && mo >= 1 && mo <= 12 ? monthRange(y, mo, mo) : undefined;
  }
  if ((m = /^quý\s+(iv|iii|ii|i|[1-4])(?:\s*(?:[-/]|năm)\s*(\d{4}))?$/iu.exec(p))) {
    const y = yr(m[2]);
    const q = ROMAN[m[1].toLowerCase()];
    return y ? monthRange(y, q * 3 - 2, q * 3) : undefined;
  }
  if ((m = /^(\d{1,2})\s+tháng\s+(đầu|cuối)(?:\s+năm)?(?:\s+(\d{4}))?$/iu.exec(p))) {
    const y = yr(m[3]);
    const n = +m[1];
    if (!y || n < 1 || n > 12) return undefined;
    return m[2].toLowerCase() === 'đầu' ? monthRange(y, 1, n) : monthRange(y, 13 - n, 12);
  }
  if ((m = /^năm\s+(\d{4})$/iu.exec(p))) return monthRange(+m[1], 1, 12);
  return undefined;
}

/** Start and end of a written period, or undefined when it cannot be read. */
export function parsePeriod(text: unknown): PeriodRange | undefined {
  if (typeof text !== 'string') return undefined;
  const t = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  const yearMatch = /(\d{4})\s*$/.exec(t);
  const year = yearMatch ? +yearMatch[1] : undefined;
  const parts = t.split(/\s+(?:và|,)\s+|,\s*/u);
  let start: string | undefined;
  let end: string | undefined;
  for (const part of parts) {
    const r = parsePart(part, year);
    if (!r) return undefined;
    if (!start || r.start < start) start = r.start;
    if (!end || r.end > end) end = r.end;
  }
  return start && end ? { start, end } : undefined;
}
