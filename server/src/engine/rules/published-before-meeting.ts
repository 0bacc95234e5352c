import { defineRule } from './rule';
import { str } from '../model/record-view';
import { validIso } from '../dates/iso';
import { valueSpan } from './helpers';

/** An article about a meeting is published on or after the meeting day. */
export const publishedBeforeMeeting = defineRule({
  id: 'published-before-meeting',
  severity: 'warning',
  tags: ['dates'],
  description: { vi: 'Bài báo đăng trước ngày họp mà nó đưa tin.', en: 'The article is published before the meeting it reports.' },
  messages: {
    before: { vi: 'Ngày đăng {published} trước ngày họp {date}.', en: 'Published {published}, before the meeting on {date}.' },
  },
  check(ctx) {
    const date = ctx.recordDate;
    const published = validIso(str(ctx.data, 'source', 'published'));
    if (!date || !published || published >= date) return;
    const span = valueSpan(ctx.doc, ['source', 'published']);
    if (span) ctx.report({ span, messageId: 'before', args: { published, date } });
  },
});
