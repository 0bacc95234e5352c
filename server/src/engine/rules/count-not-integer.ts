import { defineRule } from './rule';
import { statistics } from './statistics-view';
import { valueSpan, scalarSource } from './helpers';
import { looksLikeThousandsGrouping } from '../text/vietnamese';

/** Counts (vụ, đối tượng, viên, khẩu, lượt …) are whole numbers. */
export const countNotInteger = defineRule({
  id: 'count-not-integer',
  severity: 'error',
  tags: ['numbers'],
  description: {
    vi: 'Đơn vị đếm (vụ, đối tượng, viên, khẩu, lượt, …) phải có giá trị là số nguyên.',
    en: 'Count units (vụ, đối tượng, viên, khẩu, lượt, …) take whole numbers.',
  },
  messages: {
    notInteger: {
      vi: '"{unit}" là đơn vị đếm nhưng giá trị {value} không phải số nguyên.',
      en: '"{unit}" counts whole things but the value {value} is not a whole number.',
    },
  },
  check(ctx) {
    for (const s of statistics(ctx)) {
      if (!s.measure?.count || typeof s.value !== 'number' || Number.isInteger(s.value)) continue;
      const path = ['statistics', s.index, 'value'];
      const source = scalarSource(ctx.doc, path);
      if (source && looksLikeThousandsGrouping(source)) continue; // thousands-separator explains it
      const span = valueSpan(ctx.doc, path);
      if (span) ctx.report({ span, messageId: 'notInteger', args: { unit: s.measure.name, value: source ?? s.value } });
    }
  },
});
