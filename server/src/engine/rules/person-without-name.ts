// A person the article names only by office, rank or unit ("đại diện lãnh đạo Bộ Quốc phòng")
// is written with unnamed: true and what the article does say; a name is never invented.
import { isMap } from 'yaml';
import { defineRule, type RuleContext } from './rule';
import type { Span } from '../types';
import { locate, nodeSpan, type PathSegment } from '../parse/nodes';
import { persons, str, get, list } from '../model/record-view';
import { keySpanAt, valueSpan } from './helpers';
import { isPlaceholder } from '../text/placeholder';
import { closest } from '../text/fold';

export const personWithoutName = defineRule({
  id: 'person-without-name',
  severity: 'error',
  tags: ['people'],
  description: {
    vi: 'Một người phải có họ tên, hoặc unnamed: true kèm chức vụ, cấp bậc hoặc đơn vị khi bài báo không nêu tên; không dùng tên giả như "Không rõ".',
    en: 'A person has a name, or unnamed: true with a position, rank or unit when the article names nobody; never a stand-in name such as "Không rõ".',
  },
  messages: {
    missing: {
      vi: 'Người này không có name. Ghi họ tên như bài báo nêu; nếu bài báo không nêu tên, ghi unnamed: true kèm positions, rank hoặc unit.',
      en: 'This person has no name. Give the name as the article does; if it names nobody, write unnamed: true with positions, rank or unit.',
    },
    placeholder: {
      vi: '"{name}" không phải họ tên. Nếu bài báo không nêu tên, bỏ name và ghi unnamed: true.',
      en: '"{name}" is not a name. If the article names nobody, drop name and write unnamed: true.',
    },
    both: { vi: 'Người này vừa có name vừa có unnamed: true; bỏ một trong hai.', en: 'This person has both a name and unnamed: true; keep one.' },
    nothing: {
      vi: 'Người không nêu tên cần ít nhất chức vụ (positions), cấp bậc (rank) hoặc đơn vị (unit) như bài báo viết.',
      en: 'An unnamed person needs at least the positions, rank or unit the article gives.',
    },
    useUnnamed: { vi: 'Thay bằng unnamed: true', en: 'Replace with unnamed: true' },
  },
  fixes: { useUnnamed: 'suggestion' },
  check(ctx) {
    for (const p of persons(ctx.data)) {
      const name = get(p.person, 'name');
      const unnamed = get(p.person, 'unnamed') === true;
      if (typeof name === 'string' && name.trim() !== '') {
        if (unnamed) {
          const span = keySpanAt(ctx.doc, [...p.path, 'unnamed']);
          if (span) ctx.report({ span, messageId: 'both' });
        } else if (isPlaceholder(name)) {
          const span = valueSpan(ctx.doc, [...p.path, 'name']);
          const key = keySpanAt(ctx.doc, [...p.path, 'name']);
          // Which person it was is the user's call: offered, never applied by --fix.
          const fixes =
            span && key ? [{ titleId: 'useUnnamed', edits: [{ span: [key[0], span[1]] as [number, number], newText: 'unnamed: true' }] }] : undefined;
          if (span) ctx.report({ span, messageId: 'placeholder', args: { name }, fixes });
        }
        continue;
      }
      if (name !== undefined) continue; // wrong type or empty: the schema says so
      if (!unnamed) {
        // "nmae: Tô Lâm": unknown-key offers the rename; a missing name would say it twice.
        if (Object.keys(p.person).some((k) => k !== 'name' && closest(k, ['name']))) continue;
        const span = typeof p.path[p.path.length - 1] === 'number' ? firstKeySpan(ctx, p.path) : keySpanAt(ctx.doc, p.path);
        if (span) ctx.report({ span, messageId: 'missing' });
        continue;
      }
      const says = str(p.person, 'rank') || str(p.person, 'unit') || list(p.person, 'positions').length > 0;
      if (!says) {
        const span = keySpanAt(ctx.doc, [...p.path, 'unnamed']);
        if (span) ctx.report({ span, messageId: 'nothing' });
      }
    }
  },
});

/** A list item's first key ("- rank: …"): the item itself spans several lines. */
function firstKeySpan(ctx: RuleContext, path: PathSegment[]): Span | undefined {
  const node = locate(ctx.doc, path).node;
  return (isMap(node) && node.items[0] ? nodeSpan(node.items[0].key) : undefined) ?? valueSpan(ctx.doc, path);
}
