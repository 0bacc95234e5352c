// Luật CAND 2018 Điều 22 khoản 3 sets a minimum time in each rank (four years per general rank
// step). A rise faster than that is possible (early and skipped promotions exist) but rare: it
// is more often a stale rank copied from an old article, so it is a note, never an error.
import { defineRule } from './rule';
import { promotionIssue } from '../people/cross-checks';
import { recordAppearances, peopleContext, recordLabel } from './archive';

export const promotionTooFast = defineRule({
  id: 'promotion-too-fast',
  severity: 'info',
  tags: ['ranks', 'people'],
  description: {
    vi: 'Thăng cấp nhanh hơn thời hạn tối thiểu giữ cấp bậc (Điều 22 khoản 3 Luật Công an nhân dân 2018) so với một hồ sơ trước đó — có thể là cấp bậc cũ chép từ bài báo cũ.',
    en: "A promotion faster than the minimum time in rank (Article 22(3), Law on People's Public Security 2018) compared with an earlier record — perhaps a stale rank copied from an old article.",
  },
  messages: {
    tooFast: {
      vi: '{name}: {otherRank} ngày {otherDate} (hồ sơ {other}) lên {rank} ngày {date} — phải qua {between}, tối thiểu {years} năm theo Điều 22 khoản 3 Luật CAND 2018. Một trong hai cấp bậc có thể đã cũ.',
      en: "{name}: {otherRank} on {otherDate} ({other}) to {rank} on {date} — passing through {between} takes at least {years} years under Article 22(3) of the 2018 Law on People's Public Security. One of the two ranks may be stale.",
    },
    there: { vi: 'Hồ sơ {other} ghi {otherRank}.', en: '{other} gives {otherRank}.' },
  },
  check(ctx) {
    const people = peopleContext(ctx);
    for (const app of recordAppearances(ctx)) {
      const issue = promotionIssue(app, people);
      if (!issue || !app.rankSpan) continue;
      const o = issue.other;
      const args = {
        name: app.name,
        rank: app.rank,
        date: app.date,
        other: recordLabel(o),
        otherRank: o.rank,
        otherDate: o.date,
        between: issue.between.join(', '),
        years: issue.years,
      };
      ctx.report({
        span: app.rankSpan,
        messageId: 'tooFast',
        args,
        elsewhere: o.rankRange ? [{ uri: o.uri, range: o.rankRange, messageId: 'there', args }] : undefined,
      });
    }
  },
});
