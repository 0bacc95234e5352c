// unknown-key: a key the record model does not have, with the closest allowed key as a safe
// rename (a misspelt key). Findings come from the schema validator (schema/schema-validator.ts).
import { defineRule } from './rule';

export const unknownKey = defineRule({
  id: 'unknown-key',
  severity: 'error',
  tags: ['schema'],
  description: { vi: 'Khóa không có trong mô hình hồ sơ (thường là gõ nhầm).', en: 'A key that the record model does not have (usually a typo).' },
  messages: {
    unknownKey: { vi: 'Khóa "{key}" không hợp lệ ở đây. Các khóa được phép: {allowed}.', en: 'Key "{key}" is not allowed here. Allowed keys: {allowed}.' },
    unknownKeySuggest: { vi: 'Khóa "{key}" không hợp lệ; có phải "{suggestion}"?', en: 'Key "{key}" is not allowed; did you mean "{suggestion}"?' },
    renameKey: { vi: 'Đổi thành "{suggestion}"', en: 'Rename to "{suggestion}"' },
  },
  fixes: { renameKey: 'safe' },
  check: () => undefined,
});
