// invalid-format: a value that does not match its pattern. Findings come from the schema
// validator (schema/schema-validator.ts).
import { defineRule } from './rule';

export const invalidFormat = defineRule({
  id: 'invalid-format',
  severity: 'error',
  tags: ['schema'],
  description: { vi: 'Giá trị không đúng định dạng.', en: 'A value in the wrong format.' },
  messages: { pattern: { vi: 'Giá trị không đúng định dạng ({pattern}).', en: 'The value does not match the format ({pattern}).' } },
  check: () => undefined,
});
