// One cause, one diagnostic: a number that already has a problem (a thousands dot YAML read as a
// fraction, a wrong type, a value another rule flagged) is not used by rules that compute with it,
// so "54.944" with parts "20.516, …" gets thousands-separator and no false breakdown sum.
import { isScalar } from 'yaml';
import type { RuleContext } from './rule';
import { locate, nodeSpan, type PathSegment } from '../parse/nodes';
import { looksLikeThousandsGrouping } from '../text/vietnamese';

/** The number at path when it can be computed with; undefined when absent, not a number or flagged. */
export function usableNumber(ctx: RuleContext, path: readonly PathSegment[]): number | undefined {
  const node = locate(ctx.doc, path).node;
  if (!isScalar(node) || typeof node.value !== 'number') return undefined;
  if (typeof node.source === 'string' && looksLikeThousandsGrouping(node.source)) return undefined;
  const span = nodeSpan(node);
  if (!span || ctx.reportedAt(span)) return undefined;
  return node.value;
}
