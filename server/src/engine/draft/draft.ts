// Article text → draft record. Pure: the catalogs come in, plain data and spans go out.
// Every value is read from the text (or from the options); what cannot be read is a placeholder.
import type { Catalog } from '../catalog/catalog';
import { validIso } from '../dates/iso';
import type { Draft, DraftOptions, Path, Provenance } from './types';
import type { Span } from '../types';
import { splitSentences } from './sentences';
import { UnitMatcher } from './units';
import { PeopleReader, type DraftPerson } from './people';
import { rolesOf } from './roles';
import { findDirectives } from './directives';
import { findStatistics } from './statistics';
import { findDates, findPeriods, resolveYear } from './dates';
import { connectionUnitAfter, findFormat, findLocation, findOrganizer, findTitle, kindOf } from './meeting';
import { placeholder } from './placeholder';

const readers = new WeakMap<Catalog, { units: UnitMatcher; people: PeopleReader }>();

function readersFor(catalog: Catalog) {
  let r = readers.get(catalog);
  if (!r) readers.set(catalog, (r = { units: new UnitMatcher(catalog), people: new PeopleReader(catalog) }));
  return r;
}

export function draftRecord(input: string, catalog: Catalog, options: DraftOptions = {}): Draft {
  const text = input.normalize('NFC');
  const provenance: Provenance[] = [];
  const placeholders: string[] = [];
  const note = (path: Path, span: Span, why?: string) => provenance.push({ path, span, ...(why ? { note: why } : {}) });
  const missing = (what: string) => {
    placeholders.push(what);
    return placeholder(what);
  };
  const sentences = splitSentences(text);
  const { units, people: reader } = readersFor(catalog);

  // The meeting: title, kind, period, date.
  const meeting: Record<string, unknown> = {};
  const title = findTitle(text);
  const kind = title && kindOf(title.value);
  meeting.kind = kind ?? missing('loại cuộc họp: họp báo, hội nghị giao ban, sơ kết, tổng kết, hội nghị, khác');
  if (kind && title) note(['meeting', 'kind'], title.span);
  meeting.title = title?.value ?? missing('tên cuộc họp');
  if (title) note(['meeting', 'title'], title.span);
  const period = meetingPeriod(text, sentences, title?.span);
  const dates = findDates(text);
  const written = dates.find((d) => !d.published);
  const publishedInText = dates.find((d) => d.published && d.y);
  const published = validIso(options.published) ?? (publishedInText ? resolveYear(publishedInText).iso : undefined);
  const year = written ? resolveYear(written, published, period?.start ? (period as { text: string; start: string; end: string }) : undefined) : {};
  meeting.date = year.iso ?? missing(written ? `năm của ngày "${written.written}", dạng YYYY-MM-DD` : 'ngày họp, dạng YYYY-MM-DD');
  if (written) {
    note(['meeting', 'date'], written.span, year.reason);
    meeting.date_as_written = written.written;
  }
  if (period?.start) {
    meeting.period = { text: period.text, start: period.start, end: period.end };
    note(['meeting', 'period'], period.span);
  }
  const format = findFormat(text, title?.span);

  // People and what they did.
  const isoDate = typeof meeting.date === 'string' && validIso(meeting.date) ? meeting.date : undefined;
  const people = reader.read(text, isoDate);
  const mentions = reader.mentions(text, people);
  const roles = rolesOf(text, sentences, mentions);
  const chair = people.find((p) => roles.get(p)?.role === 'chủ trì');
  const points = people.filter((p) => roles.get(p)?.role === 'chủ trì điểm cầu');
  if (format || points.length) meeting.format = format?.value ?? 'trực tuyến';
  if (format) note(['meeting', 'format'], format.span);
  const connection = points.map((p) => ({ p, unit: connectionUnitAfter(text, p.span[1], p.span[1] + 200, catalog, isoDate) })).filter((x) => x.unit);
  if (connection.length) {
    meeting.connection_points = connection.map(({ p, unit }, i) => {
      note(['meeting', 'connection_points', i, 'unit'], unit!.span);
      note(['meeting', 'connection_points', i, 'chaired_by'], p.span);
      return { unit: unit!.value, chaired_by: completePositions(personValue(p), unit!.value) };
    });
  }
  const organizer = findOrganizer(text, catalog, isoDate);
  if (organizer) {
    meeting.organizer = organizer.value;
    note(['meeting', 'organizer'], organizer.span);
  }
  const location = findLocation(text);
  if (location) {
    meeting.location = location.value;
    note(['meeting', 'location'], location.span);
  }

  const record: Record<string, unknown> = { meeting };
  if (chair) {
    record.chair = personValue(chair);
    note(['chair'], chair.span);
  } else record.chair = { absent: missing('người chủ trì; nếu bài báo không nêu, ghi lý do') };
  const seated = new Set<DraftPerson>([...(chair ? [chair] : []), ...connection.map((c) => c.p)]);
  const participants = people.filter((p) => !seated.has(p));
  if (participants.length) {
    record.participants = participants.map((p, i) => {
      note(['participants', i], p.span);
      const role = roles.get(p)?.role;
      const positions = (p.person.positions as string[] | undefined) ?? [];
      const spokesperson = positions.some((x) => /phát ngôn/iu.test(x)) && (!role || role === 'phát biểu');
      return { ...personValue(p), ...(spokesperson ? { role: 'phát ngôn' } : role && role !== 'chủ trì' && role !== 'chủ trì điểm cầu' ? { role } : {}) };
    });
  }

  const directives = findDirectives(text, sentences, mentions);
  if (directives.length) {
    record.directives = directives.map((d, i) => {
      note(['directives', i], d.span);
      return { text: d.text, issued_by: d.issuer.name, ...(d.addressee ? { addressees: [d.addressee] } : {}) };
    });
  }
  const inDirective = (s: { start: number; end: number }) => directives.some((d) => d.span[0] < s.end && s.start < d.span[1]);
  const statistics = findStatistics(text, sentences, units, inDirective);
  if (statistics.length) {
    record.statistics = statistics.map((s, i) => {
      note(['statistics', i], s.span, s.note);
      for (const part of s.parts) note(['statistics', i, ...part.key], part.span);
      return s.stat;
    });
  }

  const source: Record<string, unknown> = {};
  const publisher = options.publisher ?? publisherOf(text);
  source.publisher = publisher ?? missing('báo, trang đăng bài');
  if (options.url) source.url = options.url;
  if (published) source.published = published;
  if (!options.published && publishedInText) note(['source', 'published'], publishedInText.span);
  if (!options.publisher && publisher) note(['source', 'publisher'], [text.indexOf(publisher), text.indexOf(publisher) + publisher.length]);
  record.source = source;
  return { record, provenance, sentences, placeholders };
}

function personValue(p: DraftPerson): Record<string, unknown> {
  return { ...p.person };
}

/** "Giám đốc Công an tỉnh" at the connection point "Công an tỉnh Hưng Yên": the unit the text names there. */
function completePositions(person: Record<string, unknown>, unit: string): Record<string, unknown> {
  const positions = person.positions as string[] | undefined;
  if (!positions) return person;
  const completed = positions.map((x) => {
    const m = /^(.*?\s)(Công an (?:tỉnh|thành phố))$/u.exec(x);
    return m && unit.startsWith(m[2] + ' ') ? m[1] + unit : x;
  });
  return { ...person, positions: completed };
}

/** The period the meeting reviews: the first one in the title, else in the title's sentence. */
function meetingPeriod(text: string, sentences: ReturnType<typeof splitSentences>, titleSpan?: Span) {
  if (!titleSpan) return undefined;
  const inTitle = findPeriods(text, titleSpan[0], titleSpan[1])[0];
  if (inTitle) return inTitle;
  const s = sentences.find((x) => x.start <= titleSpan[0] && titleSpan[0] < x.end);
  return s ? findPeriods(text, s.start, s.end)[0] : undefined;
}

/** "ANTD.VN - …", "(Tổ Quốc) - …": the outlet named before the dash that opens the article. */
function publisherOf(text: string): string | undefined {
  const dash = /\s[-–]\s/u.exec(text.slice(0, 60));
  if (!dash) return undefined;
  const words = text.slice(0, dash.index).trim().split(/\s+/u);
  // The longest tail of words without digits that starts with a capital: " date 2020-02 ANTD.VN".
  let start = words.length;
  for (let i = words.length - 1; i >= 0 && !/\d/u.test(words[i]) && words.length - i <= 6; i--) if (/^\(?\p{Lu}/u.test(words[i])) start = i;
  const name = words
    .slice(start)
    .join(' ')
    .replace(/^\(|\)$/gu, '')
    .trim();
  return name || undefined;
}
