import { defineRule } from './rule';
import { LOOKALIKES, LOOKALIKE_PATTERN } from '../text/vietnamese';

/** Ð (U+00D0, Icelandic eth) looks like Đ but lower-cases to ð and never matches "đ". */
export const lookalikeLetter = defineRule({
  id: 'lookalike-letter',
  severity: 'error',
  wholeText: true,
  tags: ['text'],
  description: {
    vi: 'Chữ trông giống Đ/đ nhưng là ký tự khác (Ð U+00D0, ð U+00F0, Ɖ U+0189): không khớp khi tìm kiếm.',
    en: 'A letter that looks like Đ/đ but is another character (Ð U+00D0, ð U+00F0, Ɖ U+0189): it never matches in search.',
  },
  messages: {
    lookalike: {
      vi: 'Ký tự "{char}" ({code}) trông giống "{good}" nhưng không phải chữ Đ tiếng Việt.',
      en: 'Character "{char}" ({code}) looks like "{good}" but is not the Vietnamese letter Đ.',
    },
    replace: { vi: 'Thay bằng "{good}"', en: 'Replace with "{good}"' },
  },
  fixes: { replace: 'safe' },
  check(ctx) {
    for (const m of ctx.record.text.matchAll(LOOKALIKE_PATTERN)) {
      const char = m[0];
      const good = LOOKALIKES[char];
      const span = [m.index!, m.index! + 1] as const;
      const code = 'U+' + char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      ctx.report({
        span,
        messageId: 'lookalike',
        args: { char, code, good },
        fixes: [{ titleId: 'replace', args: { good }, edits: [{ span, newText: good }] }],
      });
    }
  },
});
