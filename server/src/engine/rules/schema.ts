// schema: any other constraint of the record model (and, as a last resort, a rule that failed).
// Findings come from the schema validator (schema/schema-validator.ts) and the engine.
import { defineRule } from './rule';

export const schemaOther = defineRule({
  id: 'schema',
  severity: 'error',
  tags: ['schema'],
  description: { vi: 'Vi phạm ràng buộc khác của mô hình hồ sơ.', en: 'Another constraint of the record model is violated.' },
  messages: { generic: { vi: 'Không hợp lệ theo mô hình hồ sơ ({keyword}): {detail}.', en: 'Invalid per the record model ({keyword}): {detail}.' } },
  check: () => undefined,
});
