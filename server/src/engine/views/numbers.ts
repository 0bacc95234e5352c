// Numbers in the reader's language: Vietnamese "1.457" and "88,01", English "1,457" and "88.01".
import type { Locale } from '../types';
import { formatVietnameseNumber } from '../text/vietnamese';

const enNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const APPROX_EN: Record<string, string> = { hơn: 'more than', gần: 'nearly', khoảng: 'about', trên: 'over', dưới: 'under', 'ít nhất': 'at least' };

export function formatNumber(n: number, locale: Locale): string {
  return locale === 'en' ? enNumber.format(n) : formatVietnameseNumber(n);
}

/** "1.457 vụ", "88,01%". */
export function formatAmount(n: number, unit: string | undefined, locale: Locale): string {
  const s = formatNumber(n, locale);
  if (!unit) return s;
  return unit === '%' ? `${s}%` : `${s} ${unit}`;
}

/** The approximating word as the reader's language says it ("gần" → "nearly"). */
export function approxWord(approx: string | undefined, locale: Locale): string | undefined {
  if (!approx) return undefined;
  return locale === 'en' ? (APPROX_EN[approx] ?? approx) : approx;
}
