import { defineRule } from './rule';

/** Findings come from suppressions.ts, which applies the comments after every rule has run. */
export const unusedSuppression = defineRule({
  id: 'unused-suppression',
  severity: 'warning',
  tags: ['suppressions'],
  description: {
    vi: 'Chú thích "# briefing-disable…" không tắt lỗi nào (lỗi đã được sửa hoặc tên quy tắc sai).',
    en: 'A "# briefing-disable…" comment that suppresses nothing (the problem was fixed or the rule name is wrong).',
  },
  messages: {
    unused: { vi: 'Chú thích tắt kiểm tra "{rules}" không tắt lỗi nào; hãy xóa nó.', en: 'The suppression comment "{rules}" suppresses nothing; remove it.' },
  },
  check: () => undefined,
});
