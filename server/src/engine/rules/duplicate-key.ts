// duplicate-key: a key written twice in one mapping. Findings come from the parser
// (parse/parse-record.ts), found in one pass over the document.
import { defineRule } from './rule';

export const duplicateKey = defineRule({
  id: 'duplicate-key',
  severity: 'error',
  tags: ['yaml'],
  description: { vi: 'Một khóa xuất hiện hai lần trong cùng một nhóm.', en: 'A key appears twice in the same mapping.' },
  messages: { duplicateKey: { vi: 'Khóa bị lặp: {detail}', en: 'Duplicate key: {detail}' } },
  check: () => undefined,
});
