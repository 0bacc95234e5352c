import { defineRule } from './rule';
import { str } from '../model/record-view';
import { parsePeriod } from '../dates/period';
import { validIso } from '../dates/iso';
import { valueSpan } from './helpers';

/** A meeting reviews a period that has begun: "sơ kết 6 tháng đầu năm 2020" is not held in 2019. */
export const meetingBeforePeriod = defineRule({
  id: 'meeting-before-period',
  severity: 'warning',
  tags: ['dates'],
  description: { vi: 'Ngày họp trước khi kỳ được sơ kết, tổng kết bắt đầu.', en: 'The meeting is dated before the period it reviews begins.' },
  messages: {
    before: {
      vi: 'Ngày họp {date} trước ngày bắt đầu của kỳ "{text}" ({start}).',
      en: 'The meeting date {date} is before the start of the period "{text}" ({start}).',
    },
  },
  check(ctx) {
    const date = ctx.recordDate;
    const text = str(ctx.data, 'meeting', 'period', 'text');
    const start = validIso(str(ctx.data, 'meeting', 'period', 'start')) ?? parsePeriod(text, ctx.recordDate)?.start;
    if (!date || !start || date >= start) return;
    const span = valueSpan(ctx.doc, ['meeting', 'date']);
    if (span) ctx.report({ span, messageId: 'before', args: { date, text: text ?? '', start } });
  },
});
