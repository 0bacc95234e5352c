// A period is kept as written ("Quý III/2023") with its parsed start and end. Check that they
// agree, and fill them when they are missing.
import { defineRule, type RuleContext } from './rule';
import { get, list, isObj } from '../model/record-view';
import { parsePeriod } from '../dates/period';
import { validIso } from '../dates/iso';
import { valueSpan, replaceScalar } from './helpers';
import { insertKey } from '../schema/snippets';
import type { PathSegment } from '../parse/nodes';

function checkPeriod(ctx: RuleContext, path: PathSegment[]) {
  const period = get(ctx.data, ...path);
  if (!isObj(period) || typeof period.text !== 'string') return;
  const parsed = parsePeriod(period.text, ctx.recordDate);
  // Most periods agree with their text: spans are looked up only for a finding.
  const textSpan = () => valueSpan(ctx.doc, [...path, 'text']);
  if (!parsed) {
    const span = period.start === undefined || period.end === undefined ? textSpan() : undefined;
    if (span) {
      ctx.report({ span, messageId: 'unreadable', args: { text: period.text } });
    }
    return;
  }
  for (const key of ['start', 'end'] as const) {
    const expected = parsed[key];
    const have = period[key];
    if (have === undefined) {
      const span = textSpan();
      const edit = span && insertKey(ctx.doc, ctx.record.text, path, key, expected);
      if (span)
        ctx.report({
          span,
          messageId: 'missing',
          severity: 'info',
          args: { key, text: period.text, expected },
          fixes: edit ? [{ titleId: 'fill', args: { key, expected }, edits: [edit] }] : undefined,
        });
      continue;
    }
    if (!validIso(have) || have === expected) continue;
    const span = valueSpan(ctx.doc, [...path, key]);
    if (span)
      ctx.report({
        span,
        messageId: 'mismatch',
        args: { key, text: period.text, expected, have: String(have) },
        fixes: [{ titleId: 'fill', args: { key, expected }, edits: [replaceScalar(ctx.record.text, span, expected)] }],
      });
  }
}

export const periodMismatch = defineRule({
  id: 'period-mismatch',
  severity: 'warning',
  tags: ['dates'],
  description: {
    vi: 'Ngày bắt đầu/kết thúc của kỳ không khớp với kỳ như bài báo viết (text), hoặc còn thiếu.',
    en: "A period's start/end disagrees with the period as written (text), or is missing.",
  },
  messages: {
    mismatch: { vi: 'Kỳ "{text}" có {key} là {expected}, không phải {have}.', en: 'The period "{text}" has {key} {expected}, not {have}.' },
    missing: { vi: 'Kỳ "{text}" chưa ghi {key} ({expected}).', en: 'The period "{text}" has no {key} ({expected}).' },
    unreadable: { vi: 'Không đọc được kỳ "{text}"; ghi start và end.', en: 'Cannot read the period "{text}"; give start and end.' },
    fill: { vi: 'Ghi {key}: {expected}', en: 'Set {key}: {expected}' },
  },
  fixes: { fill: 'safe' },
  check(ctx) {
    checkPeriod(ctx, ['meeting', 'period']);
    list(ctx.data, 'statistics').forEach((_, i) => checkPeriod(ctx, ['statistics', i, 'period']));
  },
});
