// Words people type when they do not know a value: "Không rõ", "N/A", "?". A record says so
// explicitly instead (unnamed: true for a person, kind: nội bộ for a source without a publisher).
import { fold } from './fold';

const PLACEHOLDERS = [
  'không rõ',
  'chưa rõ',
  'không biết',
  'chưa biết',
  'không tên',
  'vô danh',
  'ẩn danh',
  'chưa xác định',
  'không xác định',
  'n/a',
  'none',
  'null',
  'unknown',
  'tbd',
  'todo',
  'xxx',
  '?',
  '??',
  '???',
  '-',
  '--',
  '...',
  '…',
];

const FOLDED = new Set(PLACEHOLDERS.map((p) => fold(p)));

/** Whether a value is a stand-in for "unknown" rather than a real value. */
export function isPlaceholder(value: string): boolean {
  const t = value.trim();
  if (/^[?.\-_…*/]+$/u.test(t)) return true;
  const v = fold(t);
  return v !== '' && FOLDED.has(v);
}
