// ISO calendar dates (YYYY-MM-DD) as plain strings: YAML 1.2 keeps them as text.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // Date.UTC reads years 0–99 as 1900–1999: those, and months outside 1–12, keep its answer.
  if (y < 100 || !(m >= 1 && m <= 12) || !Number.isInteger(y) || !Number.isInteger(m)) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m !== 2) return MONTH_DAYS[m - 1];
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

export function isRealDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parses "YYYY-MM-DD" (shape only); the day may still be impossible. */
export function parseIsoShape(s: unknown): Ymd | undefined {
  if (typeof s !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : undefined;
}

/** A valid ISO date string, or undefined. */
export function validIso(s: unknown): string | undefined {
  const p = parseIsoShape(s);
  if (!p || !isRealDate(p.y, p.m, p.d)) return undefined;
  return (s as string).length === 10 ? (s as string) : formatIso(p); // already written as formatIso writes it
}

export function formatIso({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
