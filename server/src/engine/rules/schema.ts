// schema: any other constraint of the record model (and, as a last resort, a rule that failed).
// Findings come from the schema validator (schema/schema-validator.ts) and the engine.
import { defineRule } from './rule';

export const schemaOther = defineRule({
  id: 'schema',
  severity: 'error',
  tags: ['schema'],
  description: { vi: 'Vi phạm ràng buộc khác của mô hình hồ sơ.', en: 'Another constraint of the record model is violated.' },
  messages: {
    generic: { vi: 'Không hợp lệ theo mô hình hồ sơ (quy tắc {keyword}).', en: 'Invalid per the record model ({keyword}): {detail}.' },
    minItems: {
      vi: 'Danh sách cần ít nhất {limit} mục; nếu không có gì để ghi, bỏ hẳn khóa này.',
      en: 'The list needs at least {limit} item(s); if there is nothing to record, leave the key out.',
    },
    minLength: { vi: 'Giá trị không được để trống.', en: 'The value cannot be empty.' },
    minProperties: { vi: 'Nhóm khóa này cần ít nhất {limit} khóa.', en: 'This mapping needs at least {limit} key(s).' },
    uniqueItems: { vi: 'Danh sách có mục bị lặp (mục thứ {j} và {i}, đếm từ 0).', en: 'The list repeats an item (items {j} and {i}, counting from 0).' },
    const: {
      vi: 'Giá trị chỉ có thể là {allowedValue}; nếu không đúng, bỏ khóa này.',
      en: 'The only allowed value is {allowedValue}; otherwise leave the key out.',
    },
    minimum: { vi: 'Giá trị phải từ {limit} trở lên.', en: 'The value must be at least {limit}.' },
    maximum: { vi: 'Giá trị phải không quá {limit}.', en: 'The value must be at most {limit}.' },
  },
  check: () => undefined,
});
