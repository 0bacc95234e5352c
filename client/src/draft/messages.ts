// Messages of the drafting commands, in Vietnamese and English (the language of messages.ts).
import { uiLocale } from '../messages';

const MESSAGES = {
  noText: {
    vi: 'Không có văn bản bài báo: hãy chọn đoạn văn, sao chép bài báo hoặc mở một tệp .txt.',
    en: 'No article text: select it, copy it, or open a .txt file.',
  },
  pickArticle: { vi: 'Chọn tệp bài báo (.txt)', en: 'Choose the article file (.txt)' },
  drafted: {
    vi: 'Bản nháp: {0} người, {1} số liệu, {2} chỉ đạo; {3} chỗ cần điền. Rê chuột lên một giá trị để xem câu nguồn.',
    en: 'Draft: {0} people, {1} figures, {2} directives; {3} placeholders. Hover a value to see its source sentence.',
  },
  notRunning: {
    vi: 'Máy chủ hồ sơ giao ban chưa chạy. Xem kênh "Briefing Records".',
    en: 'The Briefing Records server is not running. See the "Briefing Records" output.',
  },
  articleClosed: { vi: 'Bài báo {0} không còn mở.', en: 'The article {0} is no longer open.' },
} as const;

export function dt(id: keyof typeof MESSAGES, ...args: (string | number)[]): string {
  return MESSAGES[id][uiLocale()].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
