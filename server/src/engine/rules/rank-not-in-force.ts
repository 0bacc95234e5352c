// Ranks belong to a force: army ranks (Đô đốc) are not police ranks, and civilians have none.
import { defineRule } from './rule';
import { catalogRefs } from './catalog-refs';
import { valueSpan } from './helpers';

export const rankNotInForce = defineRule({
  id: 'rank-not-in-force',
  severity: 'error',
  tags: ['catalog', 'ranks'],
  description: {
    vi: 'Cấp bậc hàm không thuộc lực lượng của người đó (ví dụ cấp hàm quân đội cho cán bộ công an), hoặc người ngoài lực lượng vũ trang lại có cấp bậc hàm.',
    en: "A rank that does not belong to the person's force (e.g. an army rank for a police officer), or a civilian with a rank.",
  },
  messages: {
    civilian: { vi: 'Người thuộc "{force}" không có cấp bậc hàm, nhưng ghi "{rank}".', en: 'A person of "{force}" has no rank, but "{rank}" is given.' },
    otherForce: {
      vi: '"{rank}" là cấp bậc hàm của {other}, không phải của {force}. Sửa cấp bậc hoặc ghi force: {other}.',
      en: '"{rank}" is a rank of {other}, not of {force}. Fix the rank or set force: {other}.',
    },
    setForce: { vi: 'Ghi force: {other}', en: 'Set force: {other}' },
  },
  check(ctx) {
    for (const ref of catalogRefs(ctx)) {
      if (ref.kind !== 'rank' || ref.canonical !== undefined || !ref.force) continue;
      const span = valueSpan(ctx.doc, ref.path);
      if (!span) continue;
      const ladder = ctx.catalog.ranks(ref.force.id);
      if (!ladder || ladder.all().length === 0) {
        ctx.report({ span, messageId: 'civilian', args: { force: ref.force.name, rank: ref.value } });
        continue;
      }
      const others = ctx.catalog.forcesWithRank(ref.value).filter((f) => f.id !== ref.force!.id);
      if (others.length === 0) continue; // unknown-rank reports it
      ctx.report({ span, messageId: 'otherForce', args: { rank: ref.value, force: ref.force.name, other: others[0].name } });
    }
  },
});
