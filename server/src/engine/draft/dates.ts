// Dates and periods as articles write them: "Ngày 26-2", "chiều 30/6", "cuối giờ chiều nay 24-12",
// "Ngày 28/9/2023"; "tháng 2-2020", "tháng 5/2025", "6 tháng đầu năm 2022", "quý III",
// "quý III và 9 tháng đầu năm 2023", "năm 2019". A year left out is taken from --published or
// from the period the meeting reviews; otherwise the date stays a placeholder.
import { formatIso, isRealDate, validIso } from '../dates/iso';
import { parsePeriod } from '../dates/period';
import type { Span } from '../types';

export interface WrittenDateHit {
  span: Span;
  written: string;
  d: number;
  m: number;
  y?: number;
}

const DATE =
  /(?<![\p{L}\d/.-])((?:(?:[Cc]uối|[Đđ]ầu)\s+giờ\s+)?(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)(?:\s+nay)?\s*\(?\s*)?(?:[Nn]gày\s+)?)(\d{1,2})\s*([-/])\s*(\d{1,2})(?:\s*\3\s*(\d{4}))?(?![\d/-])/gu;
const DATE_WORDS = /(?<![\p{L}\d])((?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+)?[Nn]gày\s+)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?(?![\d])/gu;
const PUBLISHED = /(?:Đăng ngày|Ngày đăng|Cập nhật)\s*:?\s*$/iu;

/** Every written date; `published` ones ("Đăng ngày: 29/09/2023") are flagged. */
export function findDates(text: string): (WrittenDateHit & { published: boolean })[] {
  const out: (WrittenDateHit & { published: boolean })[] = [];
  const hits: RegExpExecArray[] = [];
  for (const re of [DATE, DATE_WORDS]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) hits.push(m);
  }
  hits.sort((a, b) => a.index - b.index);
  for (const m of hits) {
    // "26-2" has its month in group 4 (group 3 is the separator); "ngày 5 tháng 9" in group 3.
    const words = m.length === 5;
    const d = +m[2];
    const mo = +(words ? m[3] : m[4]);
    const yw = words ? m[4] : m[5];
    const y = yw ? +yw : undefined;
    if (!m[1].trim() && !y) continue; // "5-6" alone is as likely a range as a date
    if (!isRealDate(y ?? 2000, mo, d)) continue;
    const published = PUBLISHED.test(text.slice(Math.max(0, m.index - 16), m.index));
    const written = m[0].trim().replace(/\s*\($/u, '');
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push({ span: [start, start + written.length], written, d, m: mo, y, published });
  }
  return out;
}

export interface YearChoice {
  iso?: string;
  /** Why this year: shown in the draft's comment. */
  reason?: string;
}

/** The ISO date of a written date, with its year from the text, the publication date or the period. */
export function resolveYear(w: WrittenDateHit, published?: string, period?: { text: string; start: string; end: string }): YearChoice {
  if (w.y) return { iso: formatIso({ y: w.y, m: w.m, d: w.d }) };
  const pub = validIso(published);
  if (pub) {
    let y = +pub.slice(0, 4);
    if (formatIso({ y, m: w.m, d: w.d }) > pub) y--;
    if (isRealDate(y, w.m, w.d)) return { iso: formatIso({ y, m: w.m, d: w.d }), reason: `năm theo ngày đăng ${pub}` };
  }
  if (period) {
    const endYear = +period.end.slice(0, 4);
    const candidates = [endYear, endYear + 1]
      .filter((y) => isRealDate(y, w.m, w.d))
      .map((y) => formatIso({ y, m: w.m, d: w.d }))
      .filter((iso) => iso >= period.start);
    const distance = (iso: string) => Math.abs(Date.parse(iso) - Date.parse(period.end));
    candidates.sort((a, b) => distance(a) - distance(b));
    if (candidates[0]) return { iso: candidates[0], reason: `năm theo kỳ "${period.text}"` };
  }
  return {};
}

/** One period, or several joined by "và" ("quý III và 9 tháng đầu năm 2023"). */
const PERIOD =
  /(?:[Qq]uý\s+(?:IV|III|II|I|[1-4])(?![\p{L}])(?:\s*(?:\/|-|năm)\s*\d{4})?|\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?|[Tt]háng\s+\d{1,2}(?:\s*(?:[-/]|năm)\s*\d{4})?(?![\d/-])|[Nn]ăm\s+\d{4})(?:\s+và\s+(?:[Qq]uý\s+(?:IV|III|II|I|[1-4])(?![\p{L}])(?:\s*(?:\/|-|năm)\s*\d{4})?|\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?|[Tt]háng\s+\d{1,2}(?:\s*(?:[-/]|năm)\s*\d{4})?(?![\d/-])|[Nn]ăm\s+\d{4}))*/gu;

export interface PeriodHit {
  span: Span;
  text: string;
  start?: string;
  end?: string;
}

/** Periods written in [from, to); a period without a year takes `year` when given. */
export function findPeriods(text: string, from = 0, to = text.length, year?: number): PeriodHit[] {
  const out: PeriodHit[] = [];
  PERIOD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = PERIOD.exec(text)) && m.index < to) {
    if (m.index + m[0].length > to) break;
    const written = m[0];
    const range = parsePeriod(written) ?? (year !== undefined && !/\d{4}/.test(written) ? parsePeriod(`${written} năm ${year}`) : undefined);
    out.push({ span: [m.index, m.index + written.length], text: written, ...(range ?? {}) });
  }
  return out;
}
