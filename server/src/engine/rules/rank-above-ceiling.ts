// Điều 25 Luật CAND: each position has a highest rank. A rank above the highest ceiling of all
// the person's positions is suspicious (a warning: the law changed in 2023 and 2024).
import { defineRule } from './rule';
import { persons, list, str } from '../model/record-view';
import { valueSpan } from './helpers';
import { DEFAULT_FORCE } from '../catalog/catalog';

export const rankAboveCeiling = defineRule({
  id: 'rank-above-ceiling',
  severity: 'warning',
  tags: ['ranks'],
  description: {
    vi: 'Cấp bậc hàm cao hơn cấp bậc hàm cao nhất mà luật quy định cho các chức vụ của người đó (Điều 25 Luật Công an nhân dân).',
    en: 'A rank above the highest rank the law sets for the person\'s positions (Article 25, Law on People\'s Public Security).',
  },
  messages: {
    above: {
      vi: '{rank} cao hơn cấp bậc hàm cao nhất của chức vụ "{position}" ({ceiling}).',
      en: '{rank} is above the highest rank for the position "{position}" ({ceiling}).',
    },
    ceiling: { vi: 'Chức vụ này có cấp bậc hàm cao nhất là {ceiling}.', en: 'This position\'s highest rank is {ceiling}.' },
  },
  check(ctx) {
    const ladder = ctx.catalog.ranks(DEFAULT_FORCE);
    if (!ladder) return;
    for (const p of persons(ctx.data)) {
      if (ctx.catalog.forceOfPerson(p.person, ctx.recordDate)?.id !== DEFAULT_FORCE) continue;
      const rankName = str(p.person, 'rank');
      const rank = rankName ? ladder.match(rankName)?.entry : undefined;
      if (!rank) continue;
      let best: { order: number; ceiling: string; position: string; index: number } | undefined;
      list(p.person, 'positions').forEach((pos, index) => {
        if (typeof pos !== 'string') return;
        const m = ctx.catalog.matchPosition(pos, ctx.recordDate);
        const ceilingName = m && ctx.catalog.ceilingOf(m);
        const ceiling = ceilingName ? ladder.match(ceilingName)?.entry : undefined;
        if (ceiling && (!best || ceiling.order < best.order)) best = { order: ceiling.order, ceiling: ceiling.name, position: pos, index };
      });
      if (!best || rank.order >= best.order) continue;
      const span = valueSpan(ctx.doc, [...p.path, 'rank']);
      const posSpan = valueSpan(ctx.doc, [...p.path, 'positions', best.index]);
      if (!span) continue;
      ctx.report({
        span,
        messageId: 'above',
        args: { rank: rank.name, position: best.position, ceiling: best.ceiling },
        related: posSpan ? [{ span: posSpan, messageId: 'ceiling', args: { ceiling: best.ceiling } }] : undefined,
      });
    }
  },
});
