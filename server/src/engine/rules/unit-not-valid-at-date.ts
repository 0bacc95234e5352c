// Units come and go: district police ended 2025-03-01, 63 provinces became 34 on 2025-07-01.
import { defineRule } from './rule';
import { catalogRefs } from './catalog-refs';
import { valueSpan, replaceScalar } from './helpers';
import type { UnitEntry } from '../catalog/types';

export const unitNotValidAtDate = defineRule({
  id: 'unit-not-valid-at-date',
  severity: 'warning',
  tags: ['catalog', 'dates'],
  description: {
    vi: 'Đơn vị không tồn tại vào ngày của hồ sơ (đã giải thể, sáp nhập, đổi tên, hoặc chưa thành lập).',
    en: "A unit that did not exist on the record's date (dissolved, merged, renamed, or not yet created).",
  },
  messages: {
    ended: {
      vi: '"{unit}" chỉ tồn tại đến {validTo}; ngày {date} đơn vị tương ứng là "{successor}".',
      en: '"{unit}" existed until {validTo}; on {date} the corresponding unit is "{successor}".',
    },
    endedNoSuccessor: {
      vi: '"{unit}" chỉ tồn tại đến {validTo}, trước ngày {date} của hồ sơ.',
      en: '"{unit}" existed until {validTo}, before the record\'s date {date}.',
    },
    notYet: { vi: '"{unit}" có từ {validFrom}, sau ngày {date} của hồ sơ.', en: '"{unit}" exists from {validFrom}, after the record\'s date {date}.' },
    notYetPredecessor: {
      vi: '"{unit}" có từ {validFrom}; ngày {date} đơn vị tương ứng là "{predecessor}".',
      en: '"{unit}" exists from {validFrom}; on {date} the corresponding unit is "{predecessor}".',
    },
    useName: { vi: 'Dùng "{name}"', en: 'Use "{name}"' },
  },
  // The successor or predecessor is another unit: a figure for the old province is not one for
  // the merged one, so the user picks it; --fix never applies it.
  fixes: { useName: 'suggestion' },
  check(ctx) {
    const date = ctx.recordDate;
    if (!date) return;
    for (const ref of catalogRefs(ctx)) {
      if (ref.kind !== 'unit' || !ref.canonical) continue;
      const m = ctx.catalog.matchUnit(ref.value, date);
      const entry: { valid_from?: string; valid_to?: string } | undefined = m?.unit ?? m?.family;
      // Its last or first day, when the record's date is outside them; most units are in force.
      const validTo = entry?.valid_to && date > entry.valid_to ? entry.valid_to : undefined;
      const validFrom = entry?.valid_from && date < entry.valid_from ? entry.valid_from : undefined;
      if (!validTo && !validFrom) continue;
      const span = valueSpan(ctx.doc, ref.path);
      if (!span) continue;
      if (validTo) {
        const successor = successorAt(m?.unit, date, (n) => ctx.catalog.units.match(n)?.entry);
        ctx.report({
          span,
          messageId: successor ? 'ended' : 'endedNoSuccessor',
          args: { unit: ref.canonical, validTo, date, successor },
          fixes: successor ? [{ titleId: 'useName', args: { name: successor }, edits: [replaceScalar(ctx.record.text, span, successor)] }] : undefined,
        });
      } else {
        const predecessor = m?.unit && ctx.catalog.units.all().find((u) => u.successor === m.unit!.name && (!u.valid_to || date <= u.valid_to))?.name;
        ctx.report({
          span,
          messageId: predecessor ? 'notYetPredecessor' : 'notYet',
          args: { unit: ref.canonical, validFrom, date, predecessor },
          fixes: predecessor ? [{ titleId: 'useName', args: { name: predecessor }, edits: [replaceScalar(ctx.record.text, span, predecessor)] }] : undefined,
        });
      }
    }
  },
});

/** Follows successors until one that exists on `date` (Thừa Thiên Huế → Huế …). */
function successorAt(unit: UnitEntry | undefined, date: string, find: (name: string) => UnitEntry | undefined): string | undefined {
  let cur = unit;
  for (let i = 0; cur?.successor && i < 8; i++) {
    const next = find(cur.successor);
    if (!next) return cur.successor;
    if (!next.valid_to || date <= next.valid_to) return next.name;
    cur = next;
  }
  return undefined;
}
