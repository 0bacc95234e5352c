import { defineRule } from './rule';
import { statistics } from './statistics-view';
import { valueSpan } from './helpers';
import { list } from '../model/record-view';

/** Statistics count or measure things; a decrease is written as a comparison, not a negative value. */
export const negativeValue = defineRule({
  id: 'negative-value',
  severity: 'error',
  tags: ['numbers'],
  description: {
    vi: 'Số liệu không được âm; mức giảm ghi bằng comparisons (direction: giảm).',
    en: 'Statistics are not negative; a decrease is written as a comparison (direction: giảm).',
  },
  messages: {
    negative: { vi: 'Giá trị {value} âm; ghi mức giảm trong comparisons với direction: giảm.', en: 'The value {value} is negative; write a decrease as a comparison with direction: giảm.' },
  },
  check(ctx) {
    for (const s of statistics(ctx)) {
      const paths: (string | number)[][] = [['statistics', s.index, 'value']];
      list(s.stat, 'breakdown').forEach((_, j) => paths.push(['statistics', s.index, 'breakdown', j, 'value']));
      list(s.stat, 'comparisons').forEach((_, j) => {
        paths.push(['statistics', s.index, 'comparisons', j, 'percent'], ['statistics', s.index, 'comparisons', j, 'amount']);
      });
      for (const path of paths) {
        let v: unknown = ctx.data;
        for (const seg of path) v = v == null ? undefined : (v as Record<string | number, unknown>)[seg];
        if (typeof v !== 'number' || v >= 0) continue;
        const span = valueSpan(ctx.doc, path);
        if (span) ctx.report({ span, messageId: 'negative', args: { value: v } });
      }
    }
  },
});
