// wrong-type: a value of the wrong type; a number written as text ("12") is safely made a
// number. Findings come from the schema validator (schema/schema-validator.ts).
import { defineRule } from './rule';

export const wrongType = defineRule({
  id: 'wrong-type',
  severity: 'error',
  tags: ['schema'],
  description: { vi: 'Giá trị sai kiểu (ví dụ chữ ở chỗ cần số).', en: 'A value of the wrong type (e.g. text where a number belongs).' },
  messages: {
    wrongType: { vi: 'Giá trị phải là {expected}, không phải {actual}.', en: 'The value must be {expected}, not {actual}.' },
    numberAsText: { vi: '"{text}" là chữ, không phải số; ý bạn là {number}?', en: '"{text}" is text, not a number; did you mean {number}?' },
    useNumber: { vi: 'Sửa thành số {number}', en: 'Change to the number {number}' },
  },
  fixes: { useNumber: 'safe' },
  check: () => undefined,
});
