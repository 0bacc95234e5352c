import { defineRule } from './rule';
import { dateRefs } from '../model/record-view';
import { parseIsoShape, isRealDate } from '../dates/iso';
import { valueSpan } from './helpers';

/** 2020-02-30 has the right shape but is not in the calendar. */
export const impossibleDate = defineRule({
  id: 'impossible-date',
  severity: 'error',
  tags: ['dates'],
  description: { vi: 'Ngày không tồn tại trong lịch (ví dụ 2020-02-30).', en: 'A date that is not in the calendar (e.g. 2020-02-30).' },
  messages: {
    impossible: { vi: 'Ngày {value} không tồn tại.', en: 'The date {value} does not exist.' },
  },
  check(ctx) {
    for (const ref of dateRefs(ctx.data)) {
      const p = parseIsoShape(ref.value);
      if (!p || isRealDate(p.y, p.m, p.d)) continue;
      const span = valueSpan(ctx.doc, ref.path);
      if (span) ctx.report({ span, messageId: 'impossible', args: { value: ref.value } });
    }
  },
});
