// The extension's own runtime messages, in Vietnamese and English. Command titles and setting
// descriptions are localised by package.nls*.json; these are the strings shown at run time.
import * as vscode from 'vscode';

const MESSAGES = {
  validating: { vi: 'Đang kiểm tra các hồ sơ trong không gian làm việc…', en: 'Validating the records of the workspace…' },
  validated: { vi: 'Đã kiểm tra {0} hồ sơ: {1} lỗi, {2} cảnh báo.', en: 'Validated {0} records: {1} errors, {2} warnings.' },
  showProblems: { vi: 'Xem các vấn đề', en: 'Show Problems' },
  notRunning: {
    vi: 'Máy chủ hồ sơ giao ban chưa chạy. Xem kênh "Briefing Records".',
    en: 'The Briefing Records server is not running. See the "Briefing Records" output.',
  },
  newRecordPrompt: { vi: 'Tên tệp hồ sơ mới (trong thư mục {0})', en: 'File name of the new record (in folder {0})' },
  nameEmpty: { vi: 'Hãy nhập tên tệp.', en: 'Enter a file name.' },
  nameOutside: { vi: 'Tên tệp không được ra ngoài thư mục làm việc.', en: 'The file must stay inside the workspace folder.' },
  exists: { vi: 'Tệp {0} đã có; mở tệp đó.', en: '{0} already exists; opening it.' },
  staleFix: { vi: 'Tài liệu đã thay đổi; hãy chọn lại cách sửa.', en: 'The document changed; choose the fix again.' },
} as const;

export type MessageId = keyof typeof MESSAGES;

/** The UI language: the briefing.locale setting when set, else VS Code's display language. */
export function uiLocale(): 'vi' | 'en' {
  const setting = vscode.workspace.getConfiguration('briefing').get<string>('locale', 'auto');
  if (setting === 'vi' || setting === 'en') return setting;
  return /^en\b/i.test(vscode.env.language) ? 'en' : 'vi';
}

export function t(id: MessageId, ...args: (string | number)[]): string {
  const template = MESSAGES[id][uiLocale()];
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
