// invalid-value: a value outside the allowed list. The same value written another way ("hop
// bao" for "họp báo") is a safe fix; the closest other value only a suggestion. Findings come
// from the schema validator (schema/schema-validator.ts).
import { defineRule } from './rule';

export const invalidValue = defineRule({
  id: 'invalid-value',
  severity: 'error',
  tags: ['schema'],
  description: { vi: 'Giá trị không thuộc danh sách cho phép.', en: 'A value outside the allowed list.' },
  messages: {
    enum: { vi: '"{value}" không hợp lệ. Giá trị cho phép: {allowed}.', en: '"{value}" is not allowed. Allowed values: {allowed}.' },
    enumSuggest: {
      vi: '"{value}" không hợp lệ; có phải "{suggestion}"? Giá trị cho phép: {allowed}.',
      en: '"{value}" is not allowed; did you mean "{suggestion}"? Allowed values: {allowed}.',
    },
    replaceWith: { vi: 'Sửa thành "{suggestion}"', en: 'Change to "{suggestion}"' },
    replaceWithClosest: { vi: 'Sửa thành "{suggestion}"', en: 'Change to "{suggestion}"' },
  },
  fixes: { replaceWith: 'safe', replaceWithClosest: 'suggestion' },
  check: () => undefined,
});
