import { defineRule } from './rule';
import { statistics } from './statistics-view';
import { valueSpan } from './helpers';
import { localNumber } from '../text/number-format';
import { usableNumber } from './usable-number';

/** A rate in % lies between 0 and 100 (a change "tăng 150%" is a comparison, not a rate). */
export const percentOutOfRange = defineRule({
  id: 'percent-out-of-range',
  severity: 'error',
  tags: ['numbers'],
  description: { vi: 'Tỷ lệ (%) phải nằm trong khoảng 0–100.', en: 'A rate (%) lies between 0 and 100.' },
  messages: {
    outOfRange: { vi: 'Tỷ lệ {value}% nằm ngoài khoảng 0–100.', en: 'The rate {value}% is outside 0–100.' },
  },
  check(ctx) {
    for (const s of statistics(ctx)) {
      if (!s.measure?.percent) continue;
      for (const path of [
        ['statistics', s.index, 'value'],
        ['statistics', s.index, 'target', 'value'],
      ]) {
        const v = usableNumber(ctx, path);
        if (v === undefined || (v >= 0 && v <= 100)) continue;
        const span = valueSpan(ctx.doc, path);
        if (span) ctx.report({ span, messageId: 'outOfRange', args: { value: localNumber(v) } });
      }
    }
  },
});
