// Rule entries for what the schema and the YAML parser report. Their findings come from the
// schema validator and the parser (one pass each); these entries hold ids, severities, docs
// and messages so every diagnostic has a documented code.
import type { Rule } from './rule';

const none = () => undefined;

export const unknownKey: Rule = {
  id: 'unknown-key',
  severity: 'error',
  description: { vi: 'Khóa không có trong mô hình hồ sơ (thường là gõ nhầm).', en: 'A key that the record model does not have (usually a typo).' },
  messages: {
    unknownKey: { vi: 'Khóa "{key}" không hợp lệ ở đây. Các khóa được phép: {allowed}.', en: 'Key "{key}" is not allowed here. Allowed keys: {allowed}.' },
    unknownKeySuggest: { vi: 'Khóa "{key}" không hợp lệ; có phải "{suggestion}"?', en: 'Key "{key}" is not allowed; did you mean "{suggestion}"?' },
    renameKey: { vi: 'Đổi thành "{suggestion}"', en: 'Rename to "{suggestion}"' },
  },
  check: none,
};

export const missingKey: Rule = {
  id: 'missing-key',
  severity: 'error',
  description: { vi: 'Thiếu khóa bắt buộc.', en: 'A required key is missing.' },
  messages: {
    missingKey: { vi: 'Thiếu khóa bắt buộc "{key}" trong {parent}.', en: 'Missing required key "{key}" in {parent}.' },
    addKey: { vi: 'Thêm "{key}"', en: 'Add "{key}"' },
  },
  check: none,
};

export const wrongType: Rule = {
  id: 'wrong-type',
  severity: 'error',
  description: { vi: 'Giá trị sai kiểu (ví dụ chữ ở chỗ cần số).', en: 'A value of the wrong type (e.g. text where a number belongs).' },
  messages: {
    wrongType: { vi: 'Giá trị phải là {expected}, không phải {actual}.', en: 'The value must be {expected}, not {actual}.' },
    numberAsText: { vi: '"{text}" là chữ, không phải số; ý bạn là {number}?', en: '"{text}" is text, not a number; did you mean {number}?' },
    useNumber: { vi: 'Sửa thành số {number}', en: 'Change to the number {number}' },
  },
  check: none,
};

export const invalidValue: Rule = {
  id: 'invalid-value',
  severity: 'error',
  description: { vi: 'Giá trị không thuộc danh sách cho phép.', en: 'A value outside the allowed list.' },
  messages: {
    enum: { vi: '"{value}" không hợp lệ. Giá trị cho phép: {allowed}.', en: '"{value}" is not allowed. Allowed values: {allowed}.' },
    enumSuggest: { vi: '"{value}" không hợp lệ; có phải "{suggestion}"? Giá trị cho phép: {allowed}.', en: '"{value}" is not allowed; did you mean "{suggestion}"? Allowed values: {allowed}.' },
    replaceWith: { vi: 'Sửa thành "{suggestion}"', en: 'Change to "{suggestion}"' },
  },
  check: none,
};

export const invalidFormat: Rule = {
  id: 'invalid-format',
  severity: 'error',
  description: { vi: 'Giá trị không đúng định dạng.', en: 'A value in the wrong format.' },
  messages: { pattern: { vi: 'Giá trị không đúng định dạng ({pattern}).', en: 'The value does not match the format ({pattern}).' } },
  check: none,
};

export const schemaOther: Rule = {
  id: 'schema',
  severity: 'error',
  description: { vi: 'Vi phạm ràng buộc khác của mô hình hồ sơ.', en: 'Another constraint of the record model is violated.' },
  messages: { generic: { vi: 'Không hợp lệ theo mô hình hồ sơ ({keyword}): {detail}.', en: 'Invalid per the record model ({keyword}): {detail}.' } },
  check: none,
};

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  severity: 'error',
  description: { vi: 'Lỗi cú pháp YAML.', en: 'YAML syntax error.' },
  messages: {
    syntax: { vi: 'Lỗi cú pháp YAML: {detail}', en: 'YAML syntax error: {detail}' },
    tab: { vi: 'Không được dùng phím Tab để thụt lề trong YAML; hãy dùng dấu cách.', en: 'Tabs are not allowed for indentation in YAML; use spaces.' },
    indent: { vi: 'Thụt lề không đúng: các khóa cùng cấp phải thẳng cột ({detail}).', en: 'Bad indentation: keys of one mapping must start at the same column ({detail}).' },
    missingChar: { vi: 'Thiếu ký tự đóng ({detail}).', en: 'A closing character is missing ({detail}).' },
    nestedCompact: { vi: 'Hai dấu ":" trên cùng một dòng; nếu giá trị có dấu ":", hãy đặt nó trong ngoặc kép.', en: 'Two ":" on one line; quote a value that contains ":".' },
    multilineKey: { vi: 'Dòng này không có dấu ":" sau khóa (khóa phải nằm trên một dòng).', en: 'This line has no ":" after its key (keys are on a single line).' },
    unexpected: { vi: 'Ký tự không mong đợi ở đây; kiểm tra thụt lề và dấu ":" ({detail}).', en: 'Unexpected content here; check indentation and ":" ({detail}).' },
    unknownTag: { vi: 'Thẻ (tag) YAML không được hỗ trợ; hồ sơ chỉ chứa dữ liệu ({detail}).', en: 'Unsupported YAML tag; records hold data only ({detail}).' },
    badScalarStart: { vi: 'Giá trị không được bắt đầu bằng ký tự dành riêng; hãy đặt nó trong ngoặc kép ({detail}).', en: 'A value cannot start with a reserved character; quote it ({detail}).' },
    unknownAlias: { vi: 'Bí danh *{name} chưa được khai báo (&{name}) trước đó.', en: 'The alias *{name} has no anchor (&{name}) before it.' },
    parserFailed: { vi: 'Không đọc được tệp YAML: {detail}', en: 'The YAML file could not be read: {detail}' },
    notMapping: { vi: 'Hồ sơ phải là một nhóm khóa (meeting, chair, …), không phải {actual}.', en: 'A record is a mapping (meeting, chair, …), not {actual}.' },
    empty: { vi: 'Tệp rỗng: hồ sơ cần meeting, chair và source.', en: 'Empty file: a record needs meeting, chair and source.' },
  },
  check: none,
};

export const duplicateKey: Rule = {
  id: 'duplicate-key',
  severity: 'error',
  description: { vi: 'Một khóa xuất hiện hai lần trong cùng một nhóm.', en: 'A key appears twice in the same mapping.' },
  messages: { duplicateKey: { vi: 'Khóa bị lặp: {detail}', en: 'Duplicate key: {detail}' } },
  check: none,
};

export const yamlTooDeep: Rule = {
  id: 'yaml-too-deep',
  severity: 'error',
  description: { vi: 'Lồng nhau quá sâu; hồ sơ không bao giờ cần nhiều cấp như vậy.', en: 'Nested too deeply; a record never needs that many levels.' },
  messages: { tooDeep: { vi: 'Lồng nhau quá sâu (hơn 200 cấp): tệp không được phân tích.', en: 'Nested too deeply (over 200 levels): the file was not parsed.' } },
  check: none,
};

export const aliasLimit: Rule = {
  id: 'alias-limit',
  severity: 'error',
  description: { vi: 'Quá nhiều tham chiếu bí danh (*alias) — dấu hiệu "bom bí danh".', en: 'Too many alias references (*alias) — an alias bomb.' },
  messages: { aliasLimit: { vi: 'Quá nhiều tham chiếu bí danh (giới hạn {max}); tệp không được kiểm tra theo mô hình.', en: 'Too many alias references (limit {max}); the file was not checked against the model.' } },
  check: none,
};

export const binaryContent: Rule = {
  id: 'binary-content',
  severity: 'error',
  description: { vi: 'Tệp chứa ký tự điều khiển hoặc byte không phải UTF-8.', en: 'The file contains control characters or bytes that are not UTF-8.' },
  messages: {
    controlChar: { vi: 'Ký tự điều khiển {code} không được phép trong hồ sơ.', en: 'Control character {code} is not allowed in a record.' },
    notUtf8: { vi: 'Tệp có byte không phải UTF-8 (hiện thành {code}); lưu lại tệp ở dạng UTF-8.', en: 'The file has bytes that are not UTF-8 (shown as {code}); save it as UTF-8.' },
    loneSurrogate: {
      vi: 'Ký tự {code} là nửa cặp thay thế (surrogate) đơn lẻ, không ghi được ở UTF-8: khi lưu sẽ thành U+FFFD.',
      en: 'Character {code} is a lone surrogate, which UTF-8 cannot hold: saved, it becomes U+FFFD.',
    },
  },
  check: none,
};
