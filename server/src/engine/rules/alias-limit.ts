// alias-limit: too many alias references, an "alias bomb". Findings come from the parser
// (parse/parse-record.ts).
import { defineRule } from './rule';

export const aliasLimit = defineRule({
  id: 'alias-limit',
  severity: 'error',
  tags: ['yaml'],
  description: { vi: 'Quá nhiều tham chiếu bí danh (*alias) — dấu hiệu "bom bí danh".', en: 'Too many alias references (*alias) — an alias bomb.' },
  messages: {
    aliasLimit: {
      vi: 'Quá nhiều tham chiếu bí danh (giới hạn {max}); tệp không được kiểm tra theo mô hình.',
      en: 'Too many alias references (limit {max}); the file was not checked against the model.',
    },
  },
  check: () => undefined,
});
