// The same person written two ways across the archive ("Trần Quốc Tỏ" / "Trần Quốc Tõ", "Hoà" /
// "Hòa"): the registry's spelling, else the spelling most records use, is offered.
import { defineRule } from './rule';
import { spellingIssue } from '../people/cross-checks';
import { recordAppearances, peopleContext, recordLabel } from './archive';
import { replaceScalar } from './helpers';

export const personNameSpelling = defineRule({
  id: 'person-name-spelling',
  severity: 'warning',
  tags: ['people'],
  description: {
    vi: 'Tên người viết khác với sổ nhân sự, hoặc khác với cách hầu hết các hồ sơ khác viết cùng người đó (hoa thường, vị trí dấu thanh, dấu).',
    en: "A person's name written otherwise than the people registry, or than most other records write the same person (case, tone-mark placement, diacritics).",
  },
  messages: {
    registry: { vi: 'Sổ nhân sự viết tên này là "{canonical}".', en: 'The people registry writes this name "{canonical}".' },
    records: { vi: 'Các hồ sơ khác viết tên này là "{canonical}" (ví dụ {other}).', en: 'Other records write this name "{canonical}" (e.g. {other}).' },
    there: { vi: 'Viết là "{canonical}".', en: 'Written "{canonical}".' },
    use: { vi: 'Sửa thành "{canonical}"', en: 'Change to "{canonical}"' },
    useOther: { vi: 'Sửa thành "{canonical}" (nếu là cùng một người)', en: 'Change to "{canonical}" (if this is the same person)' },
  },
  // Case and tone placement change nothing but the writing; other letters may name another
  // person, so that fix is only offered.
  fixes: { use: 'safe', useOther: 'suggestion' },
  check(ctx) {
    const people = peopleContext(ctx);
    for (const app of recordAppearances(ctx)) {
      const issue = spellingIssue(app, people);
      if (!issue) continue;
      const args = { canonical: issue.canonical, other: issue.other ? recordLabel(issue.other) : '' };
      const o = issue.other;
      ctx.report({
        span: app.nameSpan,
        messageId: issue.basis,
        args,
        elsewhere: o ? [{ uri: o.uri, range: o.nameRange, messageId: 'there', args }] : undefined,
        fixes: [{ titleId: issue.difference === 'form' ? 'use' : 'useOther', args, edits: [replaceScalar(ctx.record.text, app.nameSpan, issue.canonical)] }],
      });
    }
  },
});
