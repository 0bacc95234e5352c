// "{ percent: 0,17 }" copied from an article: the comma ends the pair inside a one-line mapping.
import { visit, isMap } from 'yaml';
import { defineRule } from './rule';
import { decimalCommaSplits } from '../parse/decimal-comma';

export const decimalCommaInFlowMap = defineRule({
  id: 'decimal-comma-in-flow-map',
  severity: 'error',
  tags: ['yaml', 'numbers'],
  description: {
    vi: 'Dấu phẩy thập phân kiểu Việt Nam (0,17) trong nhóm khóa viết trên một dòng ({ … }): YAML tách số thành hai.',
    en: 'A Vietnamese decimal comma (0,17) inside a one-line mapping ({ … }): YAML splits the number in two.',
  },
  messages: {
    split: {
      vi: 'Dấu phẩy thập phân trong nhóm khóa một dòng: YAML đọc {written} thành {whole} và một khóa "{fraction}". Ghi {fixed}, hoặc viết nhiều dòng.',
      en: 'Decimal comma inside a one-line mapping: YAML reads {written} as {whole} and a key "{fraction}". Write {fixed}, or use block style.',
    },
    useDot: { vi: 'Sửa thành {fixed}', en: 'Change to {fixed}' },
  },
  fixes: { useDot: 'safe' },
  check(ctx) {
    // Only "0,17" (digits either side of the comma, no space) splits; most records have none.
    if (!ctx.record.text.includes('{') || !/\d,\d/.test(ctx.record.text)) return;
    visit(ctx.doc, {
      Map(_, map) {
        if (!isMap(map)) return;
        for (const s of decimalCommaSplits(map, ctx.record.text)) {
          const [whole, fraction] = s.written.split(',');
          ctx.report({
            span: s.span,
            messageId: 'split',
            args: { written: s.written, whole, fraction, fixed: s.fixed },
            // The same number written the YAML way: a format fix, safe to apply.
            fixes: [{ titleId: 'useDot', args: { fixed: s.fixed }, edits: [{ span: s.span, newText: s.fixed }] }],
          });
        }
      },
    });
  },
});
