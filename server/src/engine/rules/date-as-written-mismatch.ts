// meeting.date_as_written keeps the article's words ("26 - 27/12", "ngày 6 và 7/12/2020", "2.10");
// meeting.date is the ISO day. Both are facts from the article, so when they disagree the user
// decides which is wrong: the ISO form is offered, never applied by --fix.
import { defineRule } from './rule';
import { str } from '../model/record-view';
import { parsePeriod } from '../dates/period';
import { validIso } from '../dates/iso';
import { valueSpan, replaceScalar } from './helpers';

export const dateAsWrittenMismatch = defineRule({
  id: 'date-as-written-mismatch',
  severity: 'warning',
  tags: ['dates'],
  description: {
    vi: 'Ngày họp (meeting.date) không khớp với ngày như bài báo viết (meeting.date_as_written), kể cả khi bài viết một khoảng ngày.',
    en: 'The meeting date (meeting.date) disagrees with the date as the article writes it (meeting.date_as_written), ranges included.',
  },
  messages: {
    day: { vi: '"{written}" là ngày {start}, nhưng meeting.date là {date}.', en: '"{written}" is {start}, but meeting.date is {date}.' },
    range: {
      vi: '"{written}" là các ngày {start} đến {end}; meeting.date {date} nằm ngoài khoảng đó (ghi ngày đầu tiên).',
      en: '"{written}" is {start} to {end}; meeting.date {date} is outside it (give the first day).',
    },
    useDate: { vi: 'Sửa meeting.date thành {start}', en: 'Set meeting.date to {start}' },
  },
  fixes: { useDate: 'suggestion' },
  check(ctx) {
    const written = str(ctx.data, 'meeting', 'date_as_written');
    const date = ctx.recordDate;
    if (!written || !date) return;
    const parsed = parsePeriod(written, date);
    if (!parsed || (date >= parsed.start && date <= parsed.end)) return;
    const span = valueSpan(ctx.doc, ['meeting', 'date']);
    if (!span || !validIso(parsed.start)) return;
    const single = parsed.start === parsed.end;
    ctx.report({
      span,
      messageId: single ? 'day' : 'range',
      args: { written, start: parsed.start, end: parsed.end, date },
      fixes: [{ titleId: 'useDate', args: { start: parsed.start }, edits: [replaceScalar(ctx.record.text, span, parsed.start)] }],
    });
  },
});
