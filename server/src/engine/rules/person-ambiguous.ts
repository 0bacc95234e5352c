// One name, two people? The same name in two forces, or with two different ranks on the same
// date, needs the people registry to say who is who (an entry with aliases or a force).
import { defineRule } from './rule';
import { identityIssue } from '../people/cross-checks';
import { recordAppearances, peopleContext, recordLabel } from './archive';
import { valueSpan } from './helpers';

export const personAmbiguous = defineRule({
  id: 'person-ambiguous',
  severity: 'warning',
  tags: ['people'],
  description: {
    vi: 'Cùng một tên nhưng thuộc hai lực lượng, hoặc hai cấp bậc khác nhau trong cùng một ngày, ở hai hồ sơ: có thể là hai người khác nhau — hãy phân biệt trong sổ nhân sự (.briefing/people.yaml).',
    en: 'One name in two forces, or with two different ranks on the same date, in two records: perhaps two different people — tell them apart in the people registry (.briefing/people.yaml).',
  },
  messages: {
    force: {
      vi: '{name} thuộc {mine} ở đây nhưng thuộc {theirs} trong hồ sơ {other}: cùng một người hay hai người trùng tên? Hãy ghi rõ trong sổ nhân sự.',
      en: '{name} is in the {mine} here but in the {theirs} in {other}: one person or two with the same name? Say so in the people registry.',
    },
    sameDate: {
      vi: '{name} mang cấp bậc {mine} ở đây nhưng {theirs} trong hồ sơ {other} cùng ngày {date}: cùng một người hay hai người trùng tên? Hãy ghi rõ trong sổ nhân sự.',
      en: '{name} holds the rank {mine} here but {theirs} in {other} on the same date {date}: one person or two with the same name? Say so in the people registry.',
    },
    there: { vi: 'Hồ sơ {other}.', en: '{other}.' },
  },
  check(ctx) {
    const people = peopleContext(ctx);
    for (const app of recordAppearances(ctx)) {
      const issue = identityIssue(app, people);
      if (!issue) continue;
      const o = issue.other;
      const at = issue.kind === 'force' ? valueSpan(ctx.doc, [...app.path, 'force']) : app.rankSpan;
      const args = { name: app.name, mine: issue.mine, theirs: issue.theirs, other: recordLabel(o), date: app.date };
      ctx.report({ span: at ?? app.nameSpan, messageId: issue.kind, args, elsewhere: [{ uri: o.uri, range: o.nameRange, messageId: 'there', args }] });
    }
  },
});
