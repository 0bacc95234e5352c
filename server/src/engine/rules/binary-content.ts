// binary-content: control characters or bytes that are not UTF-8. Findings come from the
// parser (parse/parse-record.ts).
import { defineRule } from './rule';

export const binaryContent = defineRule({
  id: 'binary-content',
  severity: 'error',
  tags: ['yaml'],
  description: { vi: 'Tệp chứa ký tự điều khiển hoặc byte không phải UTF-8.', en: 'The file contains control characters or bytes that are not UTF-8.' },
  messages: {
    controlChar: { vi: 'Ký tự điều khiển {code} không được phép trong hồ sơ.', en: 'Control character {code} is not allowed in a record.' },
    notUtf8: {
      vi: 'Tệp có byte không phải UTF-8 (hiện thành {code}); lưu lại tệp ở dạng UTF-8.',
      en: 'The file has bytes that are not UTF-8 (shown as {code}); save it as UTF-8.',
    },
    loneSurrogate: {
      vi: 'Ký tự {code} là nửa cặp thay thế (surrogate) đơn lẻ, không ghi được ở UTF-8: khi lưu sẽ thành U+FFFD.',
      en: 'Character {code} is a lone surrogate, which UTF-8 cannot hold: saved, it becomes U+FFFD.',
    },
  },
  check: () => undefined,
});
