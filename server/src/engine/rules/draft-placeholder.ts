import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { defineRule } from './rule';
import type { Span } from '../types';
import { placeholderWhat } from '../draft/placeholder';

/**
 * Every placeholder value left by the drafter, with what it asks for. A placeholder holds "<",
 * which a text can only give literally or through an escape ("\x3c" in double quotes): a text
 * with neither has none, and its tree is not walked.
 */
export function placeholderSpans(contents: unknown, text: string): { span: Span; what: string }[] {
  const out: { span: Span; what: string }[] = [];
  if (!text.includes('<') && !text.includes('\\')) return out;
  const walk = (node: unknown): void => {
    if (isScalar(node)) {
      const what = placeholderWhat(node.value);
      if (what !== undefined && node.range) out.push({ span: [node.range[0], node.range[1]], what });
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items as unknown[]) walk(isPair(item) ? item.value : item);
    }
  };
  walk(contents as Node);
  return out;
}

/** "<cần điền: …>": a value the drafter could not read from the article and left to the editor. */
export const draftPlaceholder = defineRule({
  id: 'draft-placeholder',
  severity: 'error',
  // A required value still missing: the same group as the schema's missing keys.
  tags: ['schema'],
  description: {
    vi: 'Bản nháp lập từ bài báo còn chỗ cần điền ("<cần điền: …>"): bài báo không cho biết giá trị này.',
    en: 'A record drafted from an article still has a placeholder ("<cần điền: …>"): the article did not give this value.',
  },
  messages: {
    placeholder: { vi: 'Cần điền: {what}.', en: 'To fill in: {what}.' },
  },
  check(ctx) {
    for (const p of placeholderSpans(ctx.doc.contents, ctx.record.text)) ctx.report({ span: p.span, messageId: 'placeholder', args: { what: p.what } });
  },
});

/** Other findings on a placeholder's value are echoes of it (one cause, one diagnostic). */
export function isPlaceholderEcho(ruleId: string, span: Span, placeholders: readonly { span: Span }[]): boolean {
  return ruleId !== draftPlaceholder.id && placeholders.some((p) => span[0] >= p.span[0] && span[1] <= p.span[1]);
}
