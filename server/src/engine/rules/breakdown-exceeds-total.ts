import { defineRule } from './rule';
import { statistics } from './statistics-view';
import { keySpanAt } from './helpers';
import { list } from '../model/record-view';
import { formatVietnameseNumber } from '../text/vietnamese';

/** "54.944 vụ, trong đó hình sự 20.516 vụ, …": the parts cannot add up to more than the total. */
export const breakdownExceedsTotal = defineRule({
  id: 'breakdown-exceeds-total',
  severity: 'error',
  tags: ['numbers'],
  description: { vi: 'Tổng các phần trong breakdown ("trong đó …") vượt quá giá trị tổng.', en: 'The parts of a breakdown ("trong đó …") add up to more than the total.' },
  messages: {
    exceeds: { vi: 'Các phần cộng lại {sum}, lớn hơn tổng {total}.', en: 'The parts add up to {sum}, more than the total {total}.' },
  },
  check(ctx) {
    for (const s of statistics(ctx)) {
      if (typeof s.value !== 'number') continue;
      const parts = list(s.stat, 'breakdown').map((b) => (b as { value?: unknown })?.value).filter((v): v is number => typeof v === 'number');
      if (parts.length === 0) continue;
      const sum = parts.reduce((a, b) => a + b, 0);
      if (sum <= s.value * (1 + 1e-9)) continue;
      const span = keySpanAt(ctx.doc, ['statistics', s.index, 'breakdown']);
      if (span) ctx.report({ span, messageId: 'exceeds', args: { sum: formatVietnameseNumber(sum), total: formatVietnameseNumber(s.value) } });
    }
  },
});
