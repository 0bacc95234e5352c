// The workspace people registry knows who held which rank when; a record that says otherwise
// at its date is suspicious.
import { defineRule } from './rule';
import { persons, str } from '../model/record-view';
import { valueSpan, replaceScalar } from './helpers';
import { fold } from '../text/fold';

export const rankContradictsRegistry = defineRule({
  id: 'rank-contradicts-registry',
  severity: 'warning',
  tags: ['ranks', 'people'],
  description: {
    vi: 'Cấp bậc hàm khác với sổ nhân sự của không gian làm việc (.briefing/people.yaml) tại ngày của hồ sơ.',
    en: "A rank that differs from the workspace people registry (.briefing/people.yaml) at the record's date.",
  },
  messages: {
    differs: {
      vi: 'Theo sổ nhân sự, ngày {date} {name} mang cấp bậc {expected} (từ {from}), không phải {rank}.',
      en: 'According to the people registry, on {date} {name} held the rank {expected} (since {from}), not {rank}.',
    },
    useRegistry: { vi: 'Sửa thành {expected}', en: 'Change to {expected}' },
  },
  fixes: { useRegistry: 'suggestion' },
  check(ctx) {
    const date = ctx.recordDate;
    if (!date) return;
    for (const p of persons(ctx.data)) {
      const name = str(p.person, 'name');
      const rank = str(p.person, 'rank');
      if (!name || !rank) continue;
      const force = ctx.catalog.forceOfPerson(p.person, ctx.recordDate);
      if (!force || !ctx.catalog.ranks(force.id)?.match(rank)) continue; // an unknown rank is reported as such
      const state = ctx.people.at(name, date);
      if (!state?.rank || fold(state.rank) === fold(rank)) continue;
      const span = valueSpan(ctx.doc, [...p.path, 'rank']);
      if (!span) continue;
      ctx.report({
        span,
        messageId: 'differs',
        args: { date, name, expected: state.rank, from: state.from, rank },
        fixes: [{ titleId: 'useRegistry', args: { expected: state.rank }, edits: [replaceScalar(ctx.record.text, span, state.rank)] }],
      });
    }
  },
});
