import { defineRule } from './rule';
import { statistics } from './statistics-view';
import { valueSpan } from './helpers';
import { list, get, str } from '../model/record-view';
import { localNumber } from '../text/number-format';

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
    negative: {
      vi: 'Giá trị {value} âm; ghi mức giảm trong comparisons với direction: giảm.',
      en: 'The value {value} is negative; write a decrease as a comparison with direction: giảm.',
    },
    negativeChange: {
      vi: 'Mức thay đổi {value} âm; hướng đã ghi ở direction ({direction}), nên ghi độ lớn {size}.',
      en: 'The change {value} is negative; the direction is given by direction ({direction}), so write its size {size}.',
    },
    useSize: { vi: 'Sửa thành {size}', en: 'Change to {size}' },
  },
  fixes: { useSize: 'suggestion' },
  check(ctx) {
    for (const s of statistics(ctx)) {
      const paths: (string | number)[][] = [['statistics', s.index, 'value']];
      list(s.stat, 'breakdown').forEach((_, j) => paths.push(['statistics', s.index, 'breakdown', j, 'value']));
      list(s.stat, 'comparisons').forEach((_, j) => {
        paths.push(['statistics', s.index, 'comparisons', j, 'percent'], ['statistics', s.index, 'comparisons', j, 'amount']);
      });
      for (const path of paths) {
        const v = get(ctx.data, ...path);
        if (typeof v !== 'number' || v >= 0) continue;
        const span = valueSpan(ctx.doc, path);
        if (!span) continue;
        if (path[2] !== 'comparisons') {
          ctx.report({ span, messageId: 'negative', args: { value: localNumber(v) } });
          continue;
        }
        // "giảm -3%": the sign and the direction say the same thing twice, or contradict; the user decides.
        const direction = str(get(s.stat, 'comparisons', path[3]), 'direction') ?? '?';
        const size = String(-v);
        ctx.report({
          span,
          messageId: 'negativeChange',
          args: { value: localNumber(v), direction, size: localNumber(-v) },
          fixes: [{ titleId: 'useSize', args: { size: localNumber(-v) }, edits: [{ span, newText: size }] }],
        });
      }
    }
  },
});
