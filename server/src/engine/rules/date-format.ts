// Dates are ISO (YYYY-MM-DD). Articles write "26-2", "ngày 6-2", "28/9/2023", "2.10": read them
// and offer the ISO form, taking a missing year from the record itself.
import { defineRule } from './rule';
import { dateRefs, get, str } from '../model/record-view';
import { parseIsoShape, validIso } from '../dates/iso';
import { parseWrittenDate, writtenToIso } from '../dates/written-date';
import { valueSpan, scalarSource, replaceScalar } from './helpers';

function yearHint(data: unknown): number | undefined {
  const candidates = [str(data, 'meeting', 'date'), str(data, 'source', 'published'), str(data, 'meeting', 'period', 'text'), str(data, 'meeting', 'title')];
  for (const c of candidates) {
    const iso = validIso(c);
    if (iso) return +iso.slice(0, 4);
    const m = c && /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(c);
    if (m) return +m[1];
  }
  return undefined;
}

export const dateFormat = defineRule({
  id: 'date-format',
  severity: 'error',
  tags: ['dates'],
  description: {
    vi: 'Ngày phải viết theo dạng YYYY-MM-DD; các cách viết như "26-2", "28/9/2023" được đọc và đề xuất dạng chuẩn.',
    en: 'Dates are written YYYY-MM-DD; forms like "26-2" or "28/9/2023" are read and the ISO form is offered.',
  },
  messages: {
    written: { vi: '"{value}" không phải dạng YYYY-MM-DD; ý bạn là {iso}?', en: '"{value}" is not in YYYY-MM-DD form; did you mean {iso}?' },
    noYear: {
      vi: '"{value}" không phải dạng YYYY-MM-DD và không rõ năm; ghi dạng YYYY-MM-DD.',
      en: '"{value}" is not in YYYY-MM-DD form and has no year; write YYYY-MM-DD.',
    },
    notDate: { vi: '"{value}" không phải một ngày dạng YYYY-MM-DD.', en: '"{value}" is not a date in YYYY-MM-DD form.' },
    useIso: { vi: 'Sửa thành {iso}', en: 'Change to {iso}' },
  },
  fixes: { useIso: 'safe' },
  check(ctx) {
    const hint = yearHint(ctx.data);
    for (const ref of dateRefs(ctx.data)) {
      const value = get(ctx.data, ...ref.path);
      if (value === null) continue;
      // A string is its scalar's source: an ISO-shaped one needs no look at the tree.
      if (typeof value === 'string' && parseIsoShape(value)) continue;
      const raw = scalarSource(ctx.doc, ref.path) ?? ref.value;
      if (parseIsoShape(raw)) continue; // impossible-date checks the calendar
      const span = valueSpan(ctx.doc, ref.path);
      if (!span) continue;
      const written = parseWrittenDate(raw);
      if (!written) {
        ctx.report({ span, messageId: 'notDate', args: { value: raw } });
        continue;
      }
      const iso = writtenToIso(written, hint);
      if (!iso) {
        ctx.report({ span, messageId: 'noYear', args: { value: raw } });
        continue;
      }
      ctx.report({
        span,
        messageId: 'written',
        args: { value: raw, iso },
        fixes: [{ titleId: 'useIso', args: { iso }, edits: [replaceScalar(ctx.record.text, span, iso)] }],
      });
    }
  },
});
