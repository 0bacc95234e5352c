import { defineRule } from './rule';
import { list, str } from '../model/record-view';
import { valueSpan } from './helpers';
import { fold } from '../text/fold';

/** The same directive recorded twice (ignoring case, diacritics and punctuation). */
export const duplicateDirective = defineRule({
  id: 'duplicate-directive',
  severity: 'warning',
  tags: ['directives'],
  description: { vi: 'Hai chỉ đạo có cùng nội dung.', en: 'Two directives with the same text.' },
  messages: {
    duplicate: { vi: 'Chỉ đạo này trùng với chỉ đạo ở dòng {line}.', en: 'This directive repeats the one on line {line}.' },
    first: { vi: 'Lần đầu ở đây.', en: 'First given here.' },
  },
  check(ctx) {
    const seen = new Map<string, number>();
    list(ctx.data, 'directives').forEach((d, i) => {
      const text = str(d, 'text');
      if (!text) return;
      const key = fold(text);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        return;
      }
      const span = valueSpan(ctx.doc, ['directives', i, 'text']);
      const firstSpan = valueSpan(ctx.doc, ['directives', first, 'text']);
      if (!span) return;
      const line = firstSpan ? ctx.record.lines.positionAt(firstSpan[0]).line + 1 : '?';
      ctx.report({ span, messageId: 'duplicate', args: { line }, related: firstSpan ? [{ span: firstSpan, messageId: 'first' }] : undefined });
    });
  },
});
