import { defineRule } from './rule';
import { list, str, persons, get, isObj } from '../model/record-view';
import { valueSpan, replaceScalar } from './helpers';
import { fold, closest } from '../text/fold';

/** A directive's issued_by names a person of this record (the chair, a participant, …). */
export const unknownIssuer = defineRule({
  id: 'unknown-issuer',
  severity: 'warning',
  tags: ['people', 'directives'],
  description: {
    vi: 'Người ra chỉ đạo (issued_by) không có trong hồ sơ (chair, participants, điểm cầu).',
    en: "A directive's issued_by is not a person of the record (chair, participants, connection points).",
  },
  messages: {
    unknown: { vi: '"{name}" không có trong hồ sơ này.', en: '"{name}" is not named in this record.' },
    unknownSuggest: {
      vi: '"{name}" không có trong hồ sơ này; có phải "{suggestion}"?',
      en: '"{name}" is not named in this record; did you mean "{suggestion}"?',
    },
    replace: { vi: 'Sửa thành "{suggestion}"', en: 'Change to "{suggestion}"' },
  },
  fixes: { replace: 'suggestion' },
  check(ctx) {
    // "chair: Tô Lâm" (text, not a person): wrong-type says so; every issued_by would only echo it.
    const chair = get(ctx.data, 'chair');
    const participants = get(ctx.data, 'participants');
    if ((chair !== undefined && !isObj(chair)) || (participants !== undefined && (!Array.isArray(participants) || participants.some((p) => !isObj(p))))) return;
    const names = persons(ctx.data)
      .map((p) => str(p.person, 'name'))
      .filter((n): n is string => !!n);
    const folded = new Set(names.map(fold));
    list(ctx.data, 'directives').forEach((d, i) => {
      const name = str(d, 'issued_by');
      if (!name || folded.has(fold(name))) return;
      const span = valueSpan(ctx.doc, ['directives', i, 'issued_by']);
      if (!span) return;
      const suggestion = closest(name, names);
      ctx.report({
        span,
        messageId: suggestion ? 'unknownSuggest' : 'unknown',
        args: { name, suggestion },
        fixes: suggestion ? [{ titleId: 'replace', args: { suggestion }, edits: [replaceScalar(ctx.record.text, span, suggestion)] }] : undefined,
      });
    });
  },
});
