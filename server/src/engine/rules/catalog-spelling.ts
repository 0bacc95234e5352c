// A catalog value written another way: other tone-mark placement (Uỷ/Ủy), other case
// ("đại tướng"), without diacritics ("Dai tuong"), or a short form ("Thứ trưởng Công an").
import { defineRule } from './rule';
import { catalogRefs } from './catalog-refs';
import { valueSpan, replaceScalar } from './helpers';
import { differsOnlyInTonePlacement, lacksDiacritics, LOOKALIKES, LOOKALIKE_PATTERN } from '../text/vietnamese';

export const catalogSpelling = defineRule({
  id: 'catalog-spelling',
  severity: 'warning',
  tags: ['catalog'],
  description: {
    vi: 'Giá trị có trong danh mục nhưng viết khác cách viết chuẩn (vị trí dấu thanh, chữ hoa/thường, thiếu dấu, dạng rút gọn).',
    en: 'A catalog value written differently from its canonical spelling (tone-mark placement, case, missing diacritics, short form).',
  },
  messages: {
    tone: {
      vi: '"{value}" đặt dấu thanh khác cách viết trong danh mục: "{canonical}".',
      en: '"{value}" places a tone mark differently from the catalog spelling "{canonical}".',
    },
    diacritics: { vi: '"{value}" thiếu dấu; cách viết trong danh mục: "{canonical}".', en: '"{value}" lacks diacritics; catalog spelling: "{canonical}".' },
    case: { vi: '"{value}" viết hoa/thường khác danh mục: "{canonical}".', en: '"{value}" differs in case from the catalog: "{canonical}".' },
    alias: { vi: '"{value}" là cách gọi khác của "{canonical}".', en: '"{value}" is another name for "{canonical}".' },
    other: {
      vi: '"{value}" viết khác cách viết trong danh mục: "{canonical}".',
      en: '"{value}" is written differently from the catalog spelling "{canonical}".',
    },
    useCanonical: { vi: 'Dùng cách viết chuẩn "{canonical}"', en: 'Use the canonical spelling "{canonical}"' },
  },
  fixes: { useCanonical: 'safe' },
  check(ctx) {
    for (const ref of catalogRefs(ctx)) {
      if (!ref.canonical || ref.matchKind === 'exact') continue;
      // Codes (A09) and abbreviations (CAND) of units and forces are fine as written.
      if (ref.matchKind === 'alias' && ref.kind !== 'position') continue;
      const value = ref.value.normalize('NFC').trim();
      if (value === ref.canonical) continue;
      // Look-alike letters alone are lookalike-letter's to report.
      if (value.replace(LOOKALIKE_PATTERN, (c) => LOOKALIKES[c]) === ref.canonical) continue;
      const span = valueSpan(ctx.doc, ref.path);
      if (!span) continue;
      let messageId = 'other';
      if (ref.matchKind === 'alias') messageId = 'alias';
      else if (differsOnlyInTonePlacement(value, ref.canonical)) messageId = 'tone';
      else if (value.toLowerCase() === ref.canonical.toLowerCase()) messageId = 'case';
      else if (lacksDiacritics(value, ref.canonical)) messageId = 'diacritics';
      ctx.report({
        span,
        messageId,
        severity: messageId === 'alias' ? 'info' : undefined,
        args: { value: ref.value, canonical: ref.canonical },
        fixes: [{ titleId: 'useCanonical', args: { canonical: ref.canonical }, edits: [replaceScalar(ctx.record.text, span, ref.canonical)] }],
      });
    }
  },
});
