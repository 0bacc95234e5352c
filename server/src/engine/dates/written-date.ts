// Dates as Vietnamese articles write them: "26-2", "ngày 6-2", "28/9/2023", "29/09/2023", "2.10".
import { isRealDate, formatIso } from './iso';

export interface WrittenDate {
  d: number;
  m: number;
  y?: number;
}

export function parseWrittenDate(text: string): WrittenDate | undefined {
  // "Sáng 27.12", "Chiều 30/6", "ngày 6-2": the time of day and "ngày" say nothing about the date.
  const t = text
    .normalize('NFC')
    .trim()
    .replace(/^(?:sáng|chiều|tối|trưa|đêm)\s+/iu, '')
    .replace(/^(?:ngày|hôm)\s+/iu, '');
  // "20200226": an ISO date typed without its hyphens.
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (compact) return isRealDate(+compact[1], +compact[2], +compact[3]) ? { d: +compact[3], m: +compact[2], y: +compact[1] } : undefined;
  const m = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{4}))?$/.exec(t) ?? /^(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?$/iu.exec(t);
  if (!m) return undefined;
  const d = +m[1];
  const mo = +m[2];
  const y = m[3] ? +m[3] : undefined;
  if (!isRealDate(y ?? 2000, mo, d)) return undefined;
  return { d, m: mo, y };
}

/** The ISO form, when the year is written or can be supplied. */
export function writtenToIso(w: WrittenDate, fallbackYear?: number): string | undefined {
  const y = w.y ?? fallbackYear;
  if (y === undefined || !isRealDate(y, w.m, w.d)) return undefined;
  return formatIso({ y, m: w.m, d: w.d });
}
