import { defineRule } from './rule';
import { statistics } from './statistics-view';
import { keySpanAt } from './helpers';
import { get } from '../model/record-view';
import { localNumber } from '../text/number-format';
import { usableNumber } from './usable-number';

/** "đạt 79,5%, cao hơn chỉ tiêu 9,5%": value − target must equal the stated difference. */
export const targetMismatch = defineRule({
  id: 'target-mismatch',
  severity: 'warning',
  tags: ['numbers'],
  description: {
    vi: 'Giá trị, chỉ tiêu và mức chênh lệch không khớp nhau (value − target.value ≠ target.difference).',
    en: 'Value, target and difference disagree (value − target.value ≠ target.difference).',
  },
  messages: {
    mismatch: { vi: '{value} − {target} = {actual}, không phải {difference}.', en: '{value} − {target} = {actual}, not {difference}.' },
  },
  check(ctx) {
    for (const s of statistics(ctx)) {
      const value = usableNumber(ctx, ['statistics', s.index, 'value']);
      const target = usableNumber(ctx, ['statistics', s.index, 'target', 'value']);
      const diff = usableNumber(ctx, ['statistics', s.index, 'target', 'difference']);
      if (value === undefined || target === undefined || diff === undefined) continue;
      // "vượt hơn 9%", "gần 28kg": an approximate number cannot be checked to the decimal.
      if (get(s.stat, 'approx') !== undefined || get(s.stat, 'target', 'approx') !== undefined) continue;
      const actual = Math.round((value - target) * 1e6) / 1e6;
      if (Math.abs(actual - diff) < 1e-6) continue;
      const span = keySpanAt(ctx.doc, ['statistics', s.index, 'target', 'difference']);
      const f = localNumber;
      if (span) ctx.report({ span, messageId: 'mismatch', args: { value: f(value), target: f(target), actual: f(actual), difference: f(diff) } });
    }
  },
});
