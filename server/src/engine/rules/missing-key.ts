// missing-key: a required key is absent; the fix inserts a snippet for it, so the user fills
// it in. Findings come from the schema validator (schema/schema-validator.ts).
import { defineRule } from './rule';

export const missingKey = defineRule({
  id: 'missing-key',
  severity: 'error',
  tags: ['schema'],
  description: { vi: 'Thiếu khóa bắt buộc.', en: 'A required key is missing.' },
  messages: {
    missingKey: { vi: 'Thiếu khóa bắt buộc "{key}" trong {parent}.', en: 'Missing required key "{key}" in {parent}.' },
    addKey: { vi: 'Thêm "{key}"', en: 'Add "{key}"' },
  },
  fixes: { addKey: 'suggestion' },
  check: () => undefined,
});
