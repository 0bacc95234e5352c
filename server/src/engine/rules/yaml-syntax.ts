// yaml-syntax: the YAML parser's errors, each in words a record writer understands. Findings
// come from the parser (parse/parse-record.ts); the engine reports an empty file or a file that
// is not a mapping.
import { defineRule } from './rule';

export const yamlSyntax = defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  tags: ['yaml'],
  description: { vi: 'Lỗi cú pháp YAML.', en: 'YAML syntax error.' },
  messages: {
    syntax: { vi: 'Lỗi cú pháp YAML (mã {code}); kiểm tra thụt lề, dấu ":" và dấu ngoặc.', en: 'YAML syntax error: {detail}' },
    tab: { vi: 'Không được dùng phím Tab để thụt lề trong YAML; hãy dùng dấu cách.', en: 'Tabs are not allowed for indentation in YAML; use spaces.' },
    indent: {
      vi: 'Thụt lề không đúng: các khóa cùng cấp phải thẳng cột.',
      en: 'Bad indentation: keys of one mapping must start at the same column ({detail}).',
    },
    overIndented: {
      vi: 'Dòng này thụt lề {have} dấu cách, sâu hơn khóa "{key}" phía trên (đã có giá trị), nên YAML đọc nó là phần tiếp của giá trị đó. Các khóa cùng cấp thụt lề {want} dấu cách.',
      en: 'This line is indented {have} spaces, deeper than the key "{key}" above (which already has a value), so YAML reads it as the rest of that value. Keys of that level are indented {want} spaces.',
    },
    missingChar: { vi: 'Thiếu ký tự đóng (ngoặc hoặc dấu nháy).', en: 'A closing character is missing ({detail}).' },
    unclosedFlow: {
      vi: 'Thiếu dấu "{close}" để đóng danh sách hoặc nhóm khóa viết trên một dòng.',
      en: 'A one-line list or mapping is missing its closing "{close}".',
    },
    unclosedQuote: { vi: 'Dấu nháy {quote} mở ở đây nhưng không được đóng trên dòng này.', en: 'The {quote} quote opened here is never closed on this line.' },
    nestedCompact: {
      vi: 'Hai dấu ":" trên cùng một dòng; nếu giá trị có dấu ":", hãy đặt nó trong ngoặc kép.',
      en: 'Two ":" on one line; quote a value that contains ":".',
    },
    multilineKey: {
      vi: 'Dòng này không có dấu ":" sau khóa (khóa phải nằm trên một dòng).',
      en: 'This line has no ":" after its key (keys are on a single line).',
    },
    unexpected: { vi: 'Ký tự không mong đợi ở đây; kiểm tra thụt lề và dấu ":".', en: 'Unexpected content here; check indentation and ":" ({detail}).' },
    unknownTag: { vi: 'Thẻ (tag) YAML không được hỗ trợ; hồ sơ chỉ chứa dữ liệu.', en: 'Unsupported YAML tag; records hold data only ({detail}).' },
    badScalarStart: {
      vi: 'Giá trị không được bắt đầu bằng ký tự dành riêng (như @, `, %); hãy đặt nó trong ngoặc kép.',
      en: 'A value cannot start with a reserved character; quote it ({detail}).',
    },
    unknownAlias: { vi: 'Bí danh *{name} chưa được khai báo (&{name}) trước đó.', en: 'The alias *{name} has no anchor (&{name}) before it.' },
    parserFailed: { vi: 'Không đọc được tệp YAML.', en: 'The YAML file could not be read: {detail}' },
    notMapping: { vi: 'Hồ sơ phải là một nhóm khóa (meeting, chair, …), không phải {actual}.', en: 'A record is a mapping (meeting, chair, …), not {actual}.' },
    empty: { vi: 'Tệp rỗng: hồ sơ cần meeting, chair và source.', en: 'Empty file: a record needs meeting, chair and source.' },
  },
  check: () => undefined,
});
