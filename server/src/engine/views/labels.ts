// The words a record card and a statistics view print around the data, Vietnamese and English.
import type { Locale } from '../types';

const LABELS = {
  meeting: { vi: 'Cuộc họp', en: 'Meeting' },
  kind: { vi: 'Loại', en: 'Kind' },
  date: { vi: 'Ngày', en: 'Date' },
  dateAsWritten: { vi: 'Ngày như bài viết', en: 'Date as written' },
  period: { vi: 'Kỳ', en: 'Period' },
  format: { vi: 'Hình thức', en: 'Format' },
  organizer: { vi: 'Đơn vị tổ chức', en: 'Organizer' },
  location: { vi: 'Địa điểm', en: 'Location' },
  connectionPoints: { vi: 'Điểm cầu', en: 'Connection points' },
  chair: { vi: 'Chủ trì', en: 'Chair' },
  chairAbsent: { vi: 'Không nêu người chủ trì', en: 'No chair named' },
  unnamed: { vi: 'không nêu tên', en: 'not named' },
  participants: { vi: 'Thành phần tham dự', en: 'Participants' },
  directives: { vi: 'Chỉ đạo', en: 'Directives' },
  issuedBy: { vi: 'Người chỉ đạo', en: 'Issued by' },
  addressees: { vi: 'Gửi tới', en: 'Addressees' },
  deadline: { vi: 'Hạn', en: 'Deadline' },
  statistics: { vi: 'Số liệu', en: 'Statistics' },
  label: { vi: 'Nội dung', en: 'Label' },
  value: { vi: 'Giá trị', en: 'Value' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  comparisons: { vi: 'So sánh', en: 'Comparisons' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  breakdown: { vi: 'Trong đó', en: 'Of which' },
  rest: { vi: 'còn lại', en: 'rest' },
  scope: { vi: 'Phạm vi', en: 'Scope' },
  topic: { vi: 'Chủ đề', en: 'Topic' },
  largest: { vi: 'lớn nhất', en: 'largest' },
  figures: { vi: 'số liệu', en: 'figures' },
  chart: { vi: 'Biểu đồ số liệu', en: 'Chart of the figures' },
  chartTable: { vi: 'Bảng dữ liệu của biểu đồ', en: 'Data table of the chart' },
  problems: { vi: 'Vấn đề', en: 'Problems' },
  noProblems: { vi: 'Không có vấn đề', en: 'No problems' },
  noStatistics: { vi: 'Bài báo không nêu số liệu', en: 'The article reports no figures' },
  source: { vi: 'Nguồn', en: 'Source' },
  published: { vi: 'Ngày đăng', en: 'Published' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  author: { vi: 'Tác giả', en: 'Author' },
  file: { vi: 'Tệp', en: 'File' },
  meetingDate: { vi: 'Ngày họp', en: 'Meeting date' },
  record: { vi: 'Hồ sơ', en: 'Record' },
  records: { vi: 'Các hồ sơ', en: 'Records' },
  statisticsOverTime: { vi: 'Số liệu theo thời gian', en: 'Statistics over time' },
  noValue: { vi: 'không nêu số', en: 'no figure given' },
  untitled: { vi: '(chưa có tiêu đề)', en: '(untitled)' },
  exportSvg: { vi: 'Xuất SVG', en: 'Export SVG' },
  exportPng: { vi: 'Xuất PNG', en: 'Export PNG' },
  exportCsv: { vi: 'Xuất CSV', en: 'Export CSV' },
  pickTopicOrLabel: { vi: 'Chọn chủ đề hoặc nội dung số liệu', en: 'Pick a topic or a statistic label' },
  noStatisticsInWorkspace: { vi: 'Không có hồ sơ nào trong thư mục làm việc có số liệu', en: 'No record in the workspace has statistics' },
  pickUnit: { vi: 'Biểu đồ của đơn vị nào?', en: "Which unit's chart?" },
  saved: { vi: 'Đã lưu', en: 'Saved' },
  preview: { vi: 'Xem trước', en: 'Preview' },
  severity1: { vi: 'lỗi', en: 'error' },
  severity2: { vi: 'cảnh báo', en: 'warning' },
  severity3: { vi: 'thông tin', en: 'info' },
  severity4: { vi: 'gợi ý', en: 'hint' },
} as const;

export type LabelId = keyof typeof LABELS;
export type Labels = Record<LabelId, string>;

/** Every label in one language, for a face to print without knowing the other language. */
export function labels(locale: Locale): Labels {
  const out = {} as Labels;
  for (const [id, l] of Object.entries(LABELS)) out[id as LabelId] = l[locale];
  return out;
}
