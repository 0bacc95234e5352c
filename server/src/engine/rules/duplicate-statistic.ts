import { defineRule } from './rule';
import { statistics } from './statistics-view';
import { valueSpan } from './helpers';
import { fold } from '../text/fold';
import { str, get } from '../model/record-view';

/** The same figure (label, unit, period, scope) given twice — usually a copy-paste slip. */
export const duplicateStatistic = defineRule({
  id: 'duplicate-statistic',
  severity: 'warning',
  tags: ['numbers'],
  description: { vi: 'Hai số liệu trùng nhãn, đơn vị tính, kỳ và phạm vi.', en: 'Two statistics with the same label, unit, period and scope.' },
  messages: {
    duplicate: { vi: 'Số liệu "{label}" ({unit}) đã có ở dòng {line}.', en: 'The statistic "{label}" ({unit}) already appears on line {line}.' },
    first: { vi: 'Lần đầu ở đây.', en: 'First given here.' },
  },
  check(ctx) {
    const seen = new Map<string, number>();
    for (const s of statistics(ctx)) {
      const label = str(s.stat, 'label');
      const unit = str(s.stat, 'unit');
      if (!label || !unit) continue;
      const key = [label, s.measure?.name ?? unit, str(s.stat, 'period', 'text') ?? str(get(s.stat, 'period')) ?? '', str(s.stat, 'scope') ?? '']
        .map(fold)
        .join('|');
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, s.index);
        continue;
      }
      const span = valueSpan(ctx.doc, ['statistics', s.index, 'label']);
      const firstSpan = valueSpan(ctx.doc, ['statistics', first, 'label']);
      if (!span) continue;
      const line = firstSpan ? ctx.record.lines.positionAt(firstSpan[0]).line + 1 : '?';
      ctx.report({ span, messageId: 'duplicate', args: { label, unit, line }, related: firstSpan ? [{ span: firstSpan, messageId: 'first' }] : undefined });
    }
  },
});
