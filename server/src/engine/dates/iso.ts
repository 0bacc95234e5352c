// ISO calendar dates (YYYY-MM-DD) as plain strings: YAML 1.2 keeps them as text.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
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
  return p && isRealDate(p.y, p.m, p.d) ? formatIso(p) : undefined;
}

export function formatIso({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
