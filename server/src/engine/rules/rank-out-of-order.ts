// Ranks only go up, save a rare demotion the people registry records: a rank lower than one
// another record gave the person earlier, or higher than one given later, is suspicious.
import { defineRule } from './rule';
import { rankOrderIssue } from '../people/cross-checks';
import { recordAppearances, peopleContext, recordLabel } from './archive';
import { replaceScalar } from './helpers';

export const rankOutOfOrder = defineRule({
  id: 'rank-out-of-order',
  severity: 'warning',
  tags: ['ranks', 'people'],
  description: {
    vi: 'Cấp bậc hàm thấp hơn cấp bậc một hồ sơ trước đó đã ghi cho cùng người, hoặc cao hơn cấp bậc một hồ sơ sau đó ghi (trừ khi sổ nhân sự ghi nhận việc giáng cấp).',
    en: 'A rank lower than one an earlier record gave the same person, or higher than one a later record gives (unless the people registry records a demotion).',
  },
  messages: {
    lower: {
      vi: '{name} mang cấp bậc {rank} ngày {date}, nhưng hồ sơ {other} đã ghi {otherRank} trước đó.',
      en: '{name} holds the rank {rank} on {date}, but {other} already gave {otherRank} earlier.',
    },
    higher: {
      vi: '{name} mang cấp bậc {rank} ngày {date}, nhưng hồ sơ {other} sau đó chỉ ghi {otherRank}.',
      en: '{name} holds the rank {rank} on {date}, but the later {other} gives only {otherRank}.',
    },
    there: { vi: 'Hồ sơ {other} ghi {otherRank}.', en: '{other} gives {otherRank}.' },
    useOther: { vi: 'Sửa thành {otherRank} (theo hồ sơ {other})', en: 'Change to {otherRank} (as in {other})' },
  },
  fixes: { useOther: 'suggestion' },
  check(ctx) {
    const people = peopleContext(ctx);
    for (const app of recordAppearances(ctx)) {
      const issue = rankOrderIssue(app, people);
      if (!issue || !app.rankSpan) continue;
      const o = issue.other;
      const args = { name: app.name, rank: app.rank, date: app.date, other: recordLabel(o), otherRank: o.rank };
      ctx.report({
        span: app.rankSpan,
        messageId: issue.direction,
        args,
        elsewhere: o.rankRange ? [{ uri: o.uri, range: o.rankRange, messageId: 'there', args }] : undefined,
        // Which record is right is for the user to judge: offered, never applied by --fix.
        fixes: issue.direction === 'lower' ? [{ titleId: 'useOther', args, edits: [replaceScalar(ctx.record.text, app.rankSpan, o.rank!)] }] : undefined,
      });
    }
  },
});
