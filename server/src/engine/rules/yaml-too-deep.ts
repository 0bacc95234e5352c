// yaml-too-deep: nesting so deep the parser is not run at all (a guard against hostile input).
// Findings come from the nesting guard (parse/depth-guard.ts).
import { defineRule } from './rule';

export const yamlTooDeep = defineRule({
  id: 'yaml-too-deep',
  severity: 'error',
  tags: ['yaml'],
  description: { vi: 'Lồng nhau quá sâu; hồ sơ không bao giờ cần nhiều cấp như vậy.', en: 'Nested too deeply; a record never needs that many levels.' },
  messages: {
    tooDeep: { vi: 'Lồng nhau quá sâu (hơn 200 cấp): tệp không được phân tích.', en: 'Nested too deeply (over 200 levels): the file was not parsed.' },
  },
  check: () => undefined,
});
