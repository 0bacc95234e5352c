import { defineRule } from './rule';
import { WORD_WITH_MARKS } from '../text/vietnamese';

const ANY_MARK = /\p{M}/u;

/** Decomposed (NFD) text looks right but does not match, sort or search like the same words in NFC. */
export const textNotNfc = defineRule({
  id: 'text-not-nfc',
  severity: 'warning',
  wholeText: true,
  tags: ['text'],
  description: {
    vi: 'Văn bản tiếng Việt phải ở dạng dựng sẵn (NFC); dạng tổ hợp (NFD) trông giống nhưng không khớp khi tìm kiếm, so sánh.',
    en: 'Vietnamese text must be precomposed (NFC); decomposed (NFD) text looks the same but does not match in search or comparison.',
  },
  messages: {
    notNfc: { vi: '"{word}" viết ở dạng tổ hợp (NFD), không phải dạng dựng sẵn (NFC).', en: '"{word}" is in decomposed form (NFD), not precomposed (NFC).' },
    toNfc: { vi: 'Chuyển sang dạng dựng sẵn (NFC)', en: 'Convert to precomposed form (NFC)' },
  },
  fixes: { toNfc: 'safe' },
  check(ctx) {
    const text = ctx.record.text;
    // Only text with a combining mark can hold a decomposed word; NFC Vietnamese has none.
    // Text already in NFC has no word out of it (a piece of NFC text is NFC); checking that is
    // several times faster than looking for a combining mark.
    if (text.normalize('NFC') === text || !ANY_MARK.test(text)) return;
    for (const m of text.matchAll(WORD_WITH_MARKS)) {
      const word = m[0];
      const nfc = word.normalize('NFC');
      if (nfc === word) continue;
      const span = [m.index!, m.index! + word.length] as const;
      ctx.report({ span, messageId: 'notNfc', args: { word: nfc }, fixes: [{ titleId: 'toNfc', edits: [{ span, newText: nfc }] }] });
    }
  },
});
