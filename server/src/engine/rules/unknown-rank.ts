// unknown-rank: a rank the rank lists do not have; the closest rank of the person's force is
// suggested (a rank of another force is rank-not-in-force's).
import { defineRule } from './rule';
import { unknownValueCheck, unknownValueTexts } from './unknown-value-check';

export const unknownRank = defineRule({
  id: 'unknown-rank',
  severity: 'error',
  tags: ['catalog', 'ranks'],
  ...unknownValueTexts({ vi: 'Cấp bậc hàm', en: 'Rank' }),
  fixes: { replace: 'suggestion' },
  check: unknownValueCheck('rank', (ctx, value, force) => ctx.catalog.ranks(force)?.suggest(value)),
});
