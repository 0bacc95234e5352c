// duplicate-key: a key written twice in one mapping. Findings come from the parser
// (parse/parse-record.ts), found in one pass over the document.
import { defineRule } from './rule';

export const duplicateKey = defineRule({
  id: 'duplicate-key',
  severity: 'error',
  tags: ['yaml'],
  description: { vi: 'Một khóa xuất hiện hai lần trong cùng một nhóm.', en: 'A key appears twice in the same mapping.' },
  messages: {
    duplicateKey: { vi: 'Khóa "{key}" bị lặp; lần đầu ở dòng {line}.', en: 'The key "{key}" is repeated; first at line {line}.' },
    firstOccurrence: { vi: 'Lần đầu của khóa "{key}"', en: 'First occurrence of "{key}"' },
  },
  check: () => undefined,
});
