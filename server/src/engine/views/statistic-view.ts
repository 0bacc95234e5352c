// One statistic as a table row: value, approximation, comparisons (↑/↓ with percent and
// baseline), target and breakdown shares. Tolerates a missing value and keys it does not know.
import type { Locale } from '../types';
import { get, isObj, list, str } from '../model/record-view';
import { approxWord, formatAmount } from './numbers';

export interface ComparisonView {
  direction?: string;
  arrow: '↑' | '↓' | '=' | '';
  percent?: number;
  amount?: number;
  approx?: string;
  baseline?: string;
  /** "↓ 23,16% so với cùng kỳ năm 2019". */
  text: string;
}

export interface BreakdownPart {
  label: string;
  value?: number;
  text: string;
  /** Share of the total, 0–1, when both are numbers and the total is positive. */
  share?: number;
}

export interface StatisticRow {
  index: number;
  line?: number;
  label: string;
  value?: number;
  unit?: string;
  approx?: string;
  /** "gần 28 kg"; empty when the record gives no value. */
  valueText: string;
  comparisons: ComparisonView[];
  target?: string;
  breakdown: BreakdownPart[];
  scope?: string;
  topic?: string;
  period?: string;
}

const ARROWS: Record<string, ComparisonView['arrow']> = { tăng: '↑', giảm: '↓', bằng: '=' };
const DIRECTION_EN: Record<string, string> = { tăng: 'up', giảm: 'down', bằng: 'level with' };

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function comparisonView(c: unknown, unit: string | undefined, locale: Locale): ComparisonView | undefined {
  if (!isObj(c)) return undefined;
  const direction = str(c, 'direction');
  const percent = num(c.percent);
  const amount = num(c.amount);
  const approx = str(c, 'approx');
  const baseline = str(c, 'baseline');
  const arrow = (direction && ARROWS[direction]) || '';
  const sizes = [
    amount !== undefined ? formatAmount(amount, unit, locale) : undefined,
    percent !== undefined ? formatAmount(percent, '%', locale) : undefined,
  ].filter(Boolean);
  const size = sizes.length === 2 ? `${sizes[0]} (${sizes[1]})` : (sizes[0] ?? '');
  const word = direction ? (locale === 'en' ? (DIRECTION_EN[direction] ?? direction) : direction) : '';
  const base = baseline ? `${locale === 'en' ? 'on' : 'so với'} ${baseline}` : '';
  const text = [arrow, word, approxWord(approx, locale), direction === 'bằng' ? '' : size, base].filter(Boolean).join(' ');
  return { direction, arrow, percent, amount, approx, baseline, text };
}

function targetText(t: unknown, unit: string | undefined, locale: Locale): string | undefined {
  if (!isObj(t)) return undefined;
  const parts: string[] = [];
  const value = num(t.value);
  const diff = num(t.difference);
  const issuer = str(t, 'issuer') ?? str(t, 'issued_by');
  if (value !== undefined) parts.push([approxWord(str(t, 'approx'), locale), formatAmount(value, unit, locale)].filter(Boolean).join(' '));
  if (diff !== undefined && diff !== 0) {
    const size = formatAmount(Math.abs(diff), unit, locale);
    parts.push(diff > 0 ? (locale === 'en' ? `${size} above` : `vượt ${size}`) : locale === 'en' ? `${size} below` : `thấp hơn ${size}`);
  }
  if (issuer) parts.push(`${locale === 'en' ? 'set by' : 'do'} ${issuer}`);
  return parts.join(', ') || undefined;
}

function breakdown(stat: unknown, total: number | undefined, unit: string | undefined, locale: Locale): BreakdownPart[] {
  const out: BreakdownPart[] = [];
  for (const p of list(stat, 'breakdown')) {
    if (!isObj(p)) continue;
    const value = num(p.value);
    const label = str(p, 'label') ?? '';
    const amount = value !== undefined ? formatAmount(value, str(p, 'unit') ?? unit, locale) : '';
    const text = [label, [approxWord(str(p, 'approx'), locale), amount].filter(Boolean).join(' ')].filter(Boolean).join(': ');
    const share = value !== undefined && total !== undefined && total > 0 ? Math.max(0, Math.min(1, value / total)) : undefined;
    out.push({ label, value, text, share });
  }
  return out;
}

export function statisticRow(stat: unknown, index: number, locale: Locale, line?: number): StatisticRow | undefined {
  if (!isObj(stat)) return undefined;
  const value = num(get(stat, 'value'));
  const unit = str(stat, 'unit');
  const approx = str(stat, 'approx');
  const valueText = value !== undefined ? [approxWord(approx, locale), formatAmount(value, unit, locale)].filter(Boolean).join(' ') : '';
  return {
    index,
    line,
    label: str(stat, 'label') ?? '',
    value,
    unit,
    approx,
    valueText,
    comparisons: list(stat, 'comparisons')
      .map((c) => comparisonView(c, unit, locale))
      .filter((c): c is ComparisonView => !!c),
    target: targetText(get(stat, 'target'), unit, locale),
    breakdown: breakdown(stat, value, unit, locale),
    scope: str(stat, 'scope'),
    topic: str(stat, 'topic'),
    period: str(stat, 'period', 'text'),
  };
}
