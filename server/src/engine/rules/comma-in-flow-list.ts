// "[Công an các đơn vị, địa phương]" is two items in YAML: the comma inside a Vietnamese phrase
// splits it. An item that starts in lower case right after one that starts in upper case is
// almost always the rest of the same phrase.
import { visit, isScalar, isSeq } from 'yaml';
import { defineRule } from './rule';
import type { ParsedRecord } from '../parse/parse-record';

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

/** Once per parsed record, not once per document: a file can hold thousands of documents. */
const flowListSeen = new WeakMap<ParsedRecord, boolean>();
function hasFlowList(record: ParsedRecord): boolean {
  let seen = flowListSeen.get(record);
  if (seen === undefined) flowListSeen.set(record, (seen = record.text.includes('[')));
  return seen;
}

export const commaInFlowList = defineRule({
  id: 'comma-in-flow-list',
  severity: 'warning',
  tags: ['text'],
  description: {
    vi: 'Dấu phẩy trong danh sách viết trên một dòng ([a, b]) tách một cụm từ tiếng Việt thành hai mục.',
    en: 'A comma inside a one-line list ([a, b]) splits one Vietnamese phrase into two items.',
  },
  messages: {
    split: {
      vi: 'YAML tách "{joined}" thành hai mục "{first}" và "{second}" tại dấu phẩy. Nếu là một mục, hãy đặt trong ngoặc kép.',
      en: 'YAML splits "{joined}" into two items, "{first}" and "{second}", at the comma. If it is one item, quote it.',
    },
    join: { vi: 'Gộp thành một mục "{joined}"', en: 'Join into one item "{joined}"' },
  },
  fixes: { join: 'suggestion' },
  check(ctx) {
    if (!hasFlowList(ctx.record)) return; // no flow sequence anywhere: nothing to visit
    visit(ctx.doc, {
      Seq(_, seq) {
        if (!isSeq(seq) || !seq.flow) return;
        for (let i = 1; i < seq.items.length; i++) {
          const a = seq.items[i - 1];
          const b = seq.items[i];
          if (!isScalar(a) || !isScalar(b) || a.type !== 'PLAIN' || b.type !== 'PLAIN') continue;
          if (typeof a.value !== 'string' || typeof b.value !== 'string' || !a.range || !b.range) continue;
          if (!UPPER.test(a.value) || !LOWER.test(b.value)) continue;
          const joined = `${a.value}, ${b.value}`;
          const span = [a.range[0], b.range[1]] as const;
          ctx.report({
            span,
            messageId: 'split',
            args: { joined, first: a.value, second: b.value },
            fixes: [{ titleId: 'join', args: { joined }, edits: [{ span, newText: JSON.stringify(joined) }] }],
          });
        }
      },
    });
  },
});
