import { defineRule } from './rule';
import { statistics } from './statistics-view';
import { keySpanAt } from './helpers';
import { list, isObj, str } from '../model/record-view';

/** "giảm 23,16% so với cùng kỳ": a comparison says by how much (percent or amount) and against what. */
export const comparisonIncomplete = defineRule({
  id: 'comparison-incomplete',
  severity: 'error',
  tags: ['numbers'],
  description: {
    vi: 'Một so sánh phải có mức thay đổi (percent hoặc amount) và mốc so sánh (baseline); "bằng" thì không có mức thay đổi.',
    en: 'A comparison gives the change (percent or amount) and its baseline; "bằng" (equal) has no change.',
  },
  messages: {
    noMeasure: {
      vi: 'So sánh "{direction}" thiếu mức thay đổi: ghi percent (theo %) hoặc amount (theo đơn vị của số liệu).',
      en: 'The "{direction}" comparison lacks its size: give percent or amount.',
    },
    equalWithChange: { vi: 'So sánh "bằng" không có mức thay đổi khác 0.', en: 'An "equal" comparison has no non-zero change.' },
  },
  check(ctx) {
    for (const s of statistics(ctx)) {
      list(s.stat, 'comparisons').forEach((c, j) => {
        if (!isObj(c)) return;
        const direction = str(c, 'direction');
        const path = ['statistics', s.index, 'comparisons', j];
        const hasSize = typeof c.percent === 'number' || typeof c.amount === 'number';
        if (direction === 'bằng') {
          if ((typeof c.percent === 'number' && c.percent !== 0) || (typeof c.amount === 'number' && c.amount !== 0)) {
            const span = keySpanAt(ctx.doc, [...path, typeof c.percent === 'number' ? 'percent' : 'amount']);
            if (span) ctx.report({ span, messageId: 'equalWithChange' });
          }
          return;
        }
        if (hasSize || !direction) return;
        const span = keySpanAt(ctx.doc, [...path, 'direction']);
        if (span) ctx.report({ span, messageId: 'noMeasure', args: { direction } });
      });
    }
  },
});
