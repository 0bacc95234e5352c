import { defineRule } from './rule';
import { statistics } from './statistics-view';
import { keySpanAt } from './helpers';
import { get } from '../model/record-view';
import { formatVietnameseNumber } from '../text/vietnamese';

/** "đạt 79,5%, cao hơn chỉ tiêu 9,5%": value − target must equal the stated difference. */
export const targetMismatch = defineRule({
  id: 'target-mismatch',
  severity: 'warning',
  tags: ['numbers'],
  description: { vi: 'Giá trị, chỉ tiêu và mức chênh lệch không khớp nhau (value − target.value ≠ target.difference).', en: 'Value, target and difference disagree (value − target.value ≠ target.difference).' },
  messages: {
    mismatch: { vi: '{value} − {target} = {actual}, không phải {difference}.', en: '{value} − {target} = {actual}, not {difference}.' },
  },
  check(ctx) {
    for (const s of statistics(ctx)) {
      const target = get(s.stat, 'target', 'value');
      const diff = get(s.stat, 'target', 'difference');
      if (typeof s.value !== 'number' || typeof target !== 'number' || typeof diff !== 'number') continue;
      const actual = Math.round((s.value - target) * 1e6) / 1e6;
      if (Math.abs(actual - diff) < 1e-6) continue;
      const span = keySpanAt(ctx.doc, ['statistics', s.index, 'target', 'difference']);
      const f = formatVietnameseNumber;
      if (span) ctx.report({ span, messageId: 'mismatch', args: { value: f(s.value), target: f(target), actual: f(actual), difference: f(diff) } });
    }
  },
});
