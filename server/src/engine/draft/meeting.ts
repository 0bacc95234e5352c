// The meeting: its title as written ("Hội nghị giao ban", "buổi họp báo của Bộ Công an với …"),
// the kind it names, the format (trực tuyến, kết hợp), the organiser ("Bộ Công an tổ chức …")
// and the place ("tổ chức tại …").
import type { Catalog } from '../catalog/catalog';
import { fold } from '../text/fold';
import type { Span } from '../types';
import { capitalize } from './stat-label';

export interface Found<T> {
  value: T;
  span: Span;
}

const TITLE = /(?<![\p{L}])(?:(?:buổi|cuộc)\s+)?(Hội nghị|hội nghị|họp báo|Họp báo)(?![\p{L}])/gu;
const TITLE_END =
  /[.;:"“”()\n…]|,(?!\s*triển khai)|\s(?:để|nhằm|tại|tới|vào|do|dưới|với sự|và chỉ đạo|khi|nhấn mạnh)\s|\s(?:(?:[Cc]uối|[Đđ]ầu) giờ\s+)?(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày)(?:\s+nay)?\s*\(?\d/u;

export function findTitle(text: string): Found<string> | undefined {
  TITLE.lastIndex = 0;
  const m = TITLE.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1]);
  const rest = text.slice(start, start + 200);
  const stop = TITLE_END.exec(rest);
  const title = rest.slice(0, stop ? stop.index : rest.length).trim();
  return { value: capitalize(title), span: [start, start + title.length] };
}

const KINDS: [RegExp, string][] = [
  [/\bhop bao\b/, 'họp báo'],
  [/\bgiao ban\b/, 'hội nghị giao ban'],
  [/\bso ket\b/, 'sơ kết'],
  [/\btong ket\b/, 'tổng kết'],
  [/\bhoi nghi\b/, 'hội nghị'],
];

export function kindOf(title: string): string | undefined {
  const f = fold(title);
  return KINDS.find(([re]) => re.test(f))?.[1];
}

export function findFormat(text: string, titleSpan?: Span): Found<string> | undefined {
  const m = /trực tiếp kết hợp (?:với )?trực tuyến|kết hợp trực tiếp và trực tuyến|trực tuyến/iu.exec(text);
  if (!m) return undefined;
  const inMeeting = titleSpan && m.index >= titleSpan[0] - 40 && m.index <= titleSpan[1] + 200;
  if (!inMeeting && !/điểm cầu/iu.test(text)) return undefined;
  return { value: /kết hợp/iu.test(m[0]) ? 'kết hợp' : 'trực tuyến', span: [m.index, m.index + m[0].length] };
}

/** "Bộ Công an tổ chức Hội nghị …": the unit before "tổ chức", when the catalog knows it. */
export function findOrganizer(text: string, catalog: Catalog, date?: string): Found<string> | undefined {
  for (let at = text.indexOf('tổ chức'); at >= 0; at = text.indexOf('tổ chức', at + 1)) {
    if (!/^tổ chức\s+(?:buổi\s+|cuộc\s+)?(?:Hội nghị|hội nghị|họp báo)/u.test(text.slice(at, at + 30))) continue;
    // Up to eight words before it (without "đã"), the longest the catalog knows as a unit.
    const base = Math.max(0, at - 120);
    const before = text
      .slice(base, at)
      .replace(/\s+đã\s*$/u, '')
      .trimEnd();
    const end = base + before.length;
    const words = (/(?:[\p{L}]+\s+){0,7}[\p{L}]+$/u.exec(before)?.[0] ?? '').split(/\s+/u);
    for (let i = 0; i < words.length; i++) {
      const candidate = words.slice(i).join(' ');
      const unit = catalog.matchUnit(candidate, date);
      if (unit) return { value: unit.canonical, span: [end - candidate.length, end] };
    }
    return undefined;
  }
  return undefined;
}

export function findLocation(text: string): Found<string> | undefined {
  const m =
    /(?:tổ chức|diễn ra|họp)\s+(?:[^.,;]{0,60}?\s)?tại\s+((?:trụ sở|Hội trường|hội trường|[\p{Lu}])[^.,;()]{1,60})/u.exec(text) ??
    /\d,\s+tại\s+((?:trụ sở|Hội trường|hội trường|[\p{Lu}])[^.,;()]{1,40}),/u.exec(text.slice(0, 200));
  if (!m || /điểm cầu/u.test(m[0])) return undefined;
  const value = m[1].trim();
  const start = m.index + m[0].lastIndexOf(value);
  return { value, span: [start, start + value.length] };
}

/** "chủ trì tại điểm cầu Công an tỉnh Hưng Yên" → the unit, canonical when the catalog knows it. */
export function connectionUnitAfter(text: string, from: number, to: number, catalog: Catalog, date?: string): Found<string> | undefined {
  const m = /điểm cầu\s+([^.,;()\n]+)/u.exec(text.slice(from, to));
  if (!m) return undefined;
  const words = m[1].trim().split(/\s+/u);
  const start = from + m.index + m[0].indexOf(m[1]);
  for (let n = Math.min(words.length, 8); n >= 2; n--) {
    const written = words.slice(0, n).join(' ');
    const unit = catalog.matchUnit(written, date);
    if (unit) return { value: unit.canonical, span: [start, start + written.length] };
  }
  return undefined;
}
