// A statistic as Vietnamese readers write it: "hơn 1.457 vụ", "88,01%", "giảm 23,16% so với
// cùng kỳ năm 2019". Numbers always use the Vietnamese grouping, whatever the locale, because
// that is how the article printed them.
import type { Locale } from '../types';
import { formatVietnameseNumber } from '../text/vietnamese';
import { get, isObj, list, str } from '../model/record-view';

const APPROX_EN: Record<string, string> = { hơn: 'more than', gần: 'nearly', khoảng: 'about', trên: 'over', dưới: 'under', 'ít nhất': 'at least' };
const DIRECTION: Record<string, { vi: string; en: string }> = {
  tăng: { vi: 'tăng', en: 'up' },
  giảm: { vi: 'giảm', en: 'down' },
  bằng: { vi: 'bằng', en: 'level with' },
};

/** A number with its measurement unit: "1.457 vụ", "88,01%". */
export function amountText(value: number, unit: string | undefined): string {
  const n = formatVietnameseNumber(value);
  if (!unit) return n;
  return unit === '%' ? `${n}%` : `${n} ${unit}`;
}

/** The value with its approximating word: "hơn 1.457 vụ" (English: "more than 1.457 vụ"). */
export function valueText(value: number, unit: string | undefined, approx: string | undefined, locale: Locale = 'vi'): string {
  const a = approx ? (locale === 'en' ? (APPROX_EN[approx] ?? approx) : approx) : undefined;
  return [a, amountText(value, unit)].filter(Boolean).join(' ');
}

/** One comparison in words: "giảm 23,16% so với cùng kỳ năm 2019". */
export function comparisonText(c: unknown, unit: string | undefined, locale: Locale = 'vi'): string | undefined {
  if (!isObj(c)) return undefined;
  const dir = str(c, 'direction');
  const baseline = str(c, 'baseline') ?? '…';
  const d = dir && DIRECTION[dir] ? DIRECTION[dir][locale] : (dir ?? '?');
  if (dir === 'bằng') return `${d} ${baseline}`;
  const amount = typeof c.amount === 'number' ? amountText(c.amount, unit) : undefined;
  const percent = typeof c.percent === 'number' ? amountText(c.percent, '%') : undefined;
  const size = amount && percent ? `${amount} (${percent})` : (amount ?? percent ?? '');
  return `${d} ${size} ${locale === 'en' ? 'on' : 'so với'} ${baseline}`.replace(/\s+/g, ' ');
}

/** The target in words: "chỉ tiêu 70%, vượt 9,5%". */
export function targetText(t: unknown, unit: string | undefined, locale: Locale = 'vi'): string | undefined {
  if (!isObj(t)) return undefined;
  const parts: string[] = [];
  if (typeof t.value === 'number') parts.push(`${locale === 'en' ? 'target' : 'chỉ tiêu'} ${amountText(t.value, unit)}`);
  if (typeof t.difference === 'number' && t.difference !== 0) {
    const size = amountText(Math.abs(t.difference), unit);
    parts.push(t.difference > 0 ? (locale === 'en' ? `${size} above` : `vượt ${size}`) : locale === 'en' ? `${size} below` : `thấp hơn ${size}`);
  }
  return parts.join(', ') || undefined;
}

export interface StatisticWords {
  value: string;
  comparisons: string[];
  target?: string;
}

/** The words for one statistic object, or undefined when its value is not a number. */
export function statisticWords(stat: unknown, locale: Locale = 'vi'): StatisticWords | undefined {
  const value = get(stat, 'value');
  if (typeof value !== 'number') return undefined;
  const unit = str(stat, 'unit');
  return {
    value: valueText(value, unit, str(stat, 'approx'), locale),
    comparisons: list(stat, 'comparisons')
      .map((c) => comparisonText(c, unit, locale))
      .filter((x): x is string => !!x),
    target: targetText(get(stat, 'target'), unit, locale),
  };
}
