// "1.457 vụ" copied from an article: YAML reads 1.457 as one point four five seven.
import { defineRule } from './rule';
import { statistics } from './statistics-view';
import { isScalar } from 'yaml';
import { locate, nodeSpan } from '../parse/nodes';
import { looksLikeThousandsGrouping } from '../text/vietnamese';
import type { PathSegment } from '../parse/nodes';
import { list } from '../model/record-view';

export const thousandsSeparator = defineRule({
  id: 'thousands-separator',
  severity: 'error',
  tags: ['numbers'],
  description: {
    vi: 'Số viết có dấu chấm phân cách hàng nghìn kiểu Việt Nam (1.457) mà YAML đọc là số thập phân (1,457).',
    en: 'A number written with a Vietnamese thousands dot (1.457) that YAML reads as a decimal (1.457).',
  },
  messages: {
    count: {
      vi: '{source} {unit}: YAML đọc {source} là số thập phân, nhưng "{unit}" là đơn vị đếm. Ý bạn là {fixed}?',
      en: '{source} {unit}: YAML reads {source} as a decimal, but "{unit}" counts whole things. Did you mean {fixed}?',
    },
    ambiguous: {
      vi: '{source}: YAML đọc là số thập phân; nếu bài báo viết {source} theo kiểu Việt Nam thì đó là {fixed}. Ghi {fixed}, hoặc {decimal} nếu đúng là số lẻ.',
      en: '{source}: YAML reads this as a decimal; if the article wrote {source} the Vietnamese way it is {fixed}. Write {fixed}, or {decimal} if it really is a fraction.',
    },
    useInteger: { vi: 'Sửa thành {fixed}', en: 'Change to {fixed}' },
    useIntegerAmbiguous: { vi: 'Sửa thành {fixed}', en: 'Change to {fixed}' },
  },
  fixes: { useInteger: 'safe', useIntegerAmbiguous: 'suggestion' },
  check(ctx) {
    const check = (path: PathSegment[], unit: string | undefined, isCount: boolean) => {
      const node = locate(ctx.doc, path).node;
      if (!isScalar(node) || typeof node.value !== 'number') return; // "1.457" in quotes is text: wrong-type says so
      const source = typeof node.source === 'string' ? node.source : undefined;
      if (!source || !looksLikeThousandsGrouping(source)) return;
      const span = nodeSpan(node);
      if (!span) return;
      const fixed = source.replace(/\./g, '');
      ctx.report({
        span,
        messageId: isCount ? 'count' : 'ambiguous',
        severity: isCount ? undefined : 'warning',
        args: { source, unit: unit ?? '', fixed, decimal: source.replace('.', ',') },
        // For a count the grouping reading is certain; otherwise the user decides.
        fixes: [{ titleId: isCount ? 'useInteger' : 'useIntegerAmbiguous', args: { fixed }, edits: [{ span, newText: fixed }] }],
      });
    };
    for (const s of statistics(ctx)) {
      const isCount = !!s.measure?.count;
      const unit = typeof s.stat.unit === 'string' ? s.stat.unit : undefined;
      check(['statistics', s.index, 'value'], unit, isCount);
      list(s.stat, 'breakdown').forEach((_, j) => check(['statistics', s.index, 'breakdown', j, 'value'], unit, isCount));
      list(s.stat, 'comparisons').forEach((_, j) => check(['statistics', s.index, 'comparisons', j, 'amount'], unit, isCount));
    }
  },
});
