// Điều 25 Luật CAND: each position has a highest rank. A rank above the highest ceiling of all
// the person's positions is suspicious (a warning: the law changed in 2023 and 2024). When the
// record names no position, the position the person held at the record's date is used.
import { defineRule } from './rule';
import { persons, list, str } from '../model/record-view';
import { valueSpan } from './helpers';
import { DEFAULT_FORCE } from '../catalog/catalog';
import { recordLabel } from './archive';
import { personKey } from '../people/person-key';

export const rankAboveCeiling = defineRule({
  id: 'rank-above-ceiling',
  severity: 'warning',
  tags: ['ranks'],
  description: {
    vi: 'Cấp bậc hàm cao hơn cấp bậc hàm cao nhất mà luật quy định cho các chức vụ của người đó (Điều 25 Luật Công an nhân dân).',
    en: "A rank above the highest rank the law sets for the person's positions (Article 25, Law on People's Public Security).",
  },
  messages: {
    above: {
      vi: '{rank} cao hơn cấp bậc hàm cao nhất của chức vụ "{position}" ({ceiling}).',
      en: '{rank} is above the highest rank for the position "{position}" ({ceiling}).',
    },
    ceiling: { vi: 'Chức vụ này có cấp bậc hàm cao nhất là {ceiling}.', en: "This position's highest rank is {ceiling}." },
    aboveAtDate: {
      vi: '{rank} cao hơn cấp bậc hàm cao nhất của chức vụ "{position}" ({ceiling}) mà {name} giữ ngày {date} theo {basis}.',
      en: '{rank} is above the highest rank for the position "{position}" ({ceiling}) that {name} held on {date} according to {basis}.',
    },
    heldThere: { vi: 'Chức vụ "{position}" theo hồ sơ {basis}.', en: 'The position "{position}" as given in {basis}.' },
  },
  check(ctx) {
    const ladder = ctx.catalog.ranks(DEFAULT_FORCE);
    if (!ladder) return;
    for (const p of persons(ctx.data)) {
      if (ctx.catalog.forceOfPerson(p.person, ctx.recordDate)?.id !== DEFAULT_FORCE) continue;
      const rankName = str(p.person, 'rank');
      const rank = rankName ? ladder.match(rankName)?.entry : undefined;
      if (!rank) continue;
      // Without positions in the record, the ones the person held at its date (registry, else
      // the latest earlier record) set the ceiling.
      const written = list(p.person, 'positions');
      const name = str(p.person, 'name');
      const known = written.length === 0 && name && ctx.recordDate ? ctx.people.stateFor(name, ctx.recordDate, ctx.record.uri) : undefined;
      let best: { order: number; ceiling: string; position: string; index: number } | undefined;
      (known ? (known.positions ?? []) : written).forEach((pos, index) => {
        if (typeof pos !== 'string') return;
        const m = ctx.catalog.matchPosition(pos, ctx.recordDate);
        const ceilingName = m && ctx.catalog.ceilingOf(m);
        const ceiling = ceilingName ? ladder.match(ceilingName)?.entry : undefined;
        if (ceiling && (!best || ceiling.order < best.order)) best = { order: ceiling.order, ceiling: ceiling.name, position: pos, index };
      });
      if (!best || rank.order >= best.order) continue;
      const span = valueSpan(ctx.doc, [...p.path, 'rank']);
      if (known && span) {
        const basis = known.basis === 'registry' ? { vi: 'sổ nhân sự', en: 'the people registry' } : recordLabel({ uri: known.uri ?? '', date: known.date });
        const args = { rank: rank.name, position: best.position, ceiling: best.ceiling, name, date: ctx.recordDate, basis };
        const there =
          known.basis === 'record' && known.uri ? ctx.people.index.ofRecord(known.uri).find((a) => a.key === personKey(name!) && a.positionsRange) : undefined;
        ctx.report({
          span,
          messageId: 'aboveAtDate',
          args,
          elsewhere: there ? [{ uri: there.uri, range: there.positionsRange!, messageId: 'heldThere', args }] : undefined,
        });
        continue;
      }
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
