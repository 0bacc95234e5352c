// A source without a known publisher is not given an invented one: an internal report or a photo
// says kind: nội bộ / ảnh chụp and names the document instead.
import { defineRule } from './rule';
import { str } from '../model/record-view';
import { valueSpan } from './helpers';
import { isPlaceholder } from '../text/placeholder';

export const placeholderSource = defineRule({
  id: 'placeholder-source',
  severity: 'error',
  tags: ['schema'],
  description: {
    vi: 'Nguồn ghi giá trị giả ("Không rõ", "N/A") thay cho nơi đăng hay tác giả; tài liệu nội bộ ghi kind: nội bộ và document.',
    en: 'A source with a stand-in value ("Không rõ", "N/A") for its publisher or author; an internal document says kind: nội bộ and document.',
  },
  messages: {
    publisher: {
      vi: '"{value}" không phải nơi đăng. Nếu hồ sơ chép từ tài liệu nội bộ hoặc ảnh chụp, ghi kind: nội bộ (hoặc ảnh chụp) và document, bỏ publisher.',
      en: '"{value}" is not a publisher. If the record comes from an internal document or a photo, write kind: nội bộ (or ảnh chụp) and document, without publisher.',
    },
    author: {
      vi: '"{value}" không phải tên tác giả; nếu không rõ tác giả, bỏ author.',
      en: '"{value}" is not an author\'s name; if the author is unknown, leave author out.',
    },
  },
  check(ctx) {
    for (const key of ['publisher', 'author'] as const) {
      const value = str(ctx.data, 'source', key);
      if (value === undefined || !isPlaceholder(value)) continue;
      const span = valueSpan(ctx.doc, ['source', key]);
      if (span) ctx.report({ span, messageId: key, args: { value } });
    }
  },
});
