import { defineRule } from './rule';
import { statistics } from './statistics-view';
import { keySpanAt } from './helpers';
import { list } from '../model/record-view';
import { localNumberWithYaml } from '../text/number-format';
import { usableNumber } from './usable-number';

/** "54.944 vụ, trong đó hình sự 20.516 vụ, …": the parts cannot add up to more than the total. */
export const breakdownExceedsTotal = defineRule({
  id: 'breakdown-exceeds-total',
  severity: 'error',
  tags: ['numbers'],
  description: {
    vi: 'Tổng các phần trong breakdown ("trong đó …") vượt quá giá trị tổng.',
    en: 'The parts of a breakdown ("trong đó …") add up to more than the total.',
  },
  messages: {
    exceeds: { vi: 'Các phần cộng lại {sum}, lớn hơn tổng {total}.', en: 'The parts add up to {sum}, more than the total {total}.' },
  },
  check(ctx) {
    for (const s of statistics(ctx)) {
      const total = usableNumber(ctx, ['statistics', s.index, 'value']);
      if (total === undefined) continue;
      const parts = list(s.stat, 'breakdown').map((_, j) => usableNumber(ctx, ['statistics', s.index, 'breakdown', j, 'value']));
      // A part that already has a problem makes any sum a guess.
      if (parts.length === 0 || parts.some((v, j) => v === undefined && isNumberLike(s.stat, j))) continue;
      const known = parts.filter((v): v is number => v !== undefined);
      const sum = known.reduce((a, b) => a + b, 0);
      if (sum <= total * (1 + 1e-9)) continue;
      const span = keySpanAt(ctx.doc, ['statistics', s.index, 'breakdown']);
      if (span) ctx.report({ span, messageId: 'exceeds', args: { sum: localNumberWithYaml(sum), total: localNumberWithYaml(total) } });
    }
  },
});

/** A part whose value is present (a number, or text meant as one), as opposed to a part without a value. */
function isNumberLike(stat: Record<string, unknown>, j: number): boolean {
  const v = (list(stat, 'breakdown')[j] as { value?: unknown } | undefined)?.value;
  return v !== undefined && v !== null;
}
