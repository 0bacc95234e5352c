// Periods as written: "tháng 2-2020", "Quý III/2023", "6 tháng đầu năm 2020", "năm 2019",
// "quý III và 9 tháng đầu năm 2023" (a union of parts), days "6-7/12", "ngày 6 và 7/12/2020",
// "30/11 - 2/12/2024", "2.10". Without a year ("tháng 6", "quý III", "9 tháng đầu năm") the
// year comes from the record: the meeting's year, or the year before when the period would
// otherwise begin after the meeting ("tháng 12" reviewed at a meeting in January).
import { daysInMonth, formatIso, isRealDate } from './iso';
import { parseWrittenDate } from './written-date';

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

const DAY_RANGE = /^(?:(?:các\s+)?ngày\s+)?(\d{1,2})\s*(?:-|–|và|đến)\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?$/iu;
const CROSS_MONTH = /^(?:(?:từ\s+)?ngày\s+)?(\d{1,2})\s*[/.]\s*(\d{1,2})\s*(?:-|–|đến)\s*(?:ngày\s+)?(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*(\d{4}))?$/iu;

/** Days as written: "6-7/12", "ngày 6 và 7/12/2020", "30/11 - 2/12/2024", a single "2.10". */
function parseDays(t: string, year: number | undefined): PeriodRange | undefined {
  let m = DAY_RANGE.exec(t);
  if (m) {
    const y = m[4] ? +m[4] : year;
    const [d1, d2, mo] = [+m[1], +m[2], +m[3]];
    if (!y || d1 > d2 || !isRealDate(y, mo, d1) || !isRealDate(y, mo, d2)) return undefined;
    return { start: formatIso({ y, m: mo, d: d1 }), end: formatIso({ y, m: mo, d: d2 }) };
  }
  m = CROSS_MONTH.exec(t);
  if (m) {
    const y = m[5] ? +m[5] : year;
    if (!y) return undefined;
    // "30/12 - 2/1/2025": the first day is in the year before.
    const y1 = +m[2] > +m[4] ? y - 1 : y;
    if (!isRealDate(y1, +m[2], +m[1]) || !isRealDate(y, +m[4], +m[3])) return undefined;
    return { start: formatIso({ y: y1, m: +m[2], d: +m[1] }), end: formatIso({ y, m: +m[4], d: +m[3] }) };
  }
  const one = parseWrittenDate(t);
  const y = one?.y ?? year;
  if (!one || !y || !isRealDate(y, one.m, one.d)) return undefined;
  const iso = formatIso({ y, m: one.m, d: one.d });
  return { start: iso, end: iso };
}

/** The text with a year written the way the text itself continues: "6-7/12/2024", "tháng 6 năm 2024". */
function withYear(t: string, y: number): string {
  if (/\d\s*[/.-]\s*\d{1,2}$/u.test(t)) return `${t}/${y}`;
  return /\bnăm$/iu.test(t) ? `${t} ${y}` : `${t} năm ${y}`;
}

/**
 * Start and end of a written period, or undefined when it cannot be read. `recordDate` (ISO)
 * supplies the year when the text has none.
 */
export function parsePeriod(text: unknown, recordDate?: string): PeriodRange | undefined {
  if (typeof text !== 'string') return undefined;
  // Records of an archive write the same periods ("Quý III/2023") again and again.
  const key = `${recordDate ?? ''}\u0000${text}`;
  const hit = PARSED.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const range = readPeriod(text, recordDate);
  if (PARSED.size >= PARSED_MAX) PARSED.clear();
  PARSED.set(key, range ? Object.freeze(range) : null);
  return range;
}

const PARSED = new Map<string, Readonly<PeriodRange> | null>();
const PARSED_MAX = 10_000;

function readPeriod(text: string, recordDate?: string): PeriodRange | undefined {
  const t = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  const yearMatch = /(\d{4})\s*$/.exec(t);
  if (!yearMatch && recordDate) {
    const y = +recordDate.slice(0, 4);
    const same = readPeriod(withYear(t, y));
    if (!same || same.start <= recordDate) return same;
    return readPeriod(withYear(t, y - 1));
  }
  const year = yearMatch ? +yearMatch[1] : undefined;
  const days = parseDays(t, year);
  if (days) return days;
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
