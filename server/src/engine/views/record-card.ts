// A record as a card: the meeting, who chaired and attended, the directives, the figures as a
// table and charts, and the record's open problems. Plain data for the preview and the page.
import type { Diagnostic, Locale } from '../types';
import type { ParsedRecord } from '../parse/parse-record';
import { get, isObj, list, str } from '../model/record-view';
import { labels, type Labels } from './labels';
import { lineFinder, type LineOf } from './lines';
import { statisticRow, type StatisticRow } from './statistic-view';
import { figureCharts, type BarChart } from './figure-charts';
import type { PathSegment } from '../parse/nodes';

export interface PersonView {
  line?: number;
  rank?: string;
  name?: string;
  force?: string;
  positions: string[];
  unit?: string;
  role?: string;
  /** The article names nobody, only an office or a unit (`unnamed: true`). */
  unnamed: boolean;
  /** "Đại tướng Tô Lâm"; for someone not named, the first position or the unit. */
  display: string;
}

export interface DirectiveView {
  line?: number;
  text: string;
  issuedBy?: string;
  addressees: string[];
  deadline?: string;
  topics: string[];
}

export interface ProblemView {
  line: number;
  severity: number;
  severityText: string;
  code: string;
  message: string;
}

export interface MeetingView {
  line?: number;
  kind?: string;
  title: string;
  date?: string;
  dateAsWritten?: string;
  period?: { text?: string; start?: string; end?: string; line?: number };
  format?: string;
  organizer?: string;
  location?: string;
  connectionPoints: { line?: number; unit?: string; chairedBy?: PersonView }[];
}

export interface RecordCard {
  kind: 'record-card';
  locale: Locale;
  uri: string;
  labels: Labels;
  meeting: MeetingView;
  chair?: PersonView;
  chairAbsent?: { line?: number; reason: string };
  participants: PersonView[];
  directives: DirectiveView[];
  statistics: StatisticRow[];
  charts: BarChart[];
  problems: ProblemView[];
  source?: { line?: number; publisher?: string; url?: string; published?: string; author?: string };
}

/** A date as the card prints it: ISO text, or what YAML gave when it is not a string. */
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function person(p: unknown, line: number | undefined): PersonView | undefined {
  if (!isObj(p)) return undefined;
  const rank = str(p, 'rank');
  const name = str(p, 'name');
  return {
    line,
    rank,
    name,
    force: str(p, 'force'),
    positions: strings(p.positions),
    unit: str(p, 'unit'),
    role: str(p, 'role'),
    // Someone the article names only by office or body (unnamed: true) shows as that office or body.
    unnamed: p.unnamed === true,
    display: [rank, name].filter(Boolean).join(' ') || strings(p.positions)[0] || str(p, 'unit') || '—',
  };
}

function meeting(data: unknown, lineOf: LineOf, l: Labels): MeetingView {
  const m = get(data, 'meeting');
  const period = get(m, 'period');
  return {
    line: lineOf('meeting'),
    kind: str(m, 'kind'),
    title: str(m, 'title') ?? l.untitled,
    date: text(get(m, 'date')),
    dateAsWritten: str(m, 'date_as_written'),
    period: isObj(period) ? { text: str(period, 'text'), start: text(period.start), end: text(period.end), line: lineOf('meeting', 'period') } : undefined,
    format: str(m, 'format'),
    organizer: str(m, 'organizer'),
    location: str(m, 'location'),
    connectionPoints: list(m, 'connection_points').map((c, i) => {
      const at: PathSegment[] = ['meeting', 'connection_points', i];
      return { line: lineOf(...at), unit: str(c, 'unit'), chairedBy: person(get(c, 'chaired_by'), lineOf(...at, 'chaired_by')) };
    }),
  };
}

function problems(diagnostics: readonly Diagnostic[], l: Labels): ProblemView[] {
  return [...diagnostics]
    .sort((a, b) => a.range.start.line - b.range.start.line || a.severity - b.severity)
    .map((d) => ({
      line: d.range.start.line,
      severity: d.severity,
      severityText: l[`severity${d.severity}` as 'severity1'],
      code: d.code,
      message: d.message,
    }));
}

/** The card of a record's first document; diagnostics are the record's open problems. */
export function recordCard(record: ParsedRecord, options: { locale?: Locale; diagnostics?: readonly Diagnostic[] } = {}): RecordCard {
  const locale = options.locale ?? 'vi';
  const l = labels(locale);
  const data = record.documents[0]?.value;
  const lineOf = lineFinder(record);
  const chair = get(data, 'chair');
  const absent = str(chair, 'absent');
  const statistics = list(data, 'statistics')
    .map((s, i) => statisticRow(s, i, locale, lineOf('statistics', i)))
    .filter((s): s is StatisticRow => !!s);
  const src = get(data, 'source');
  return {
    kind: 'record-card',
    locale,
    uri: record.uri,
    labels: l,
    meeting: meeting(data, lineOf, l),
    chair: absent === undefined ? person(chair, lineOf('chair')) : undefined,
    chairAbsent: absent !== undefined ? { line: lineOf('chair'), reason: absent } : undefined,
    participants: list(data, 'participants')
      .map((p, i) => person(p, lineOf('participants', i)))
      .filter((p): p is PersonView => !!p),
    directives: list(data, 'directives')
      .map((d, i): DirectiveView | undefined =>
        isObj(d)
          ? {
              line: lineOf('directives', i),
              text: str(d, 'text') ?? '',
              issuedBy: str(d, 'issued_by'),
              addressees: strings(d.addressees),
              deadline: text(d.deadline),
              topics: strings(d.topics),
            }
          : undefined,
      )
      .filter((d): d is DirectiveView => !!d),
    statistics,
    charts: figureCharts(statistics, l),
    problems: problems(options.diagnostics ?? [], l),
    source: isObj(src)
      ? { line: lineOf('source'), publisher: str(src, 'publisher'), url: str(src, 'url'), published: text(src.published), author: str(src, 'author') }
      : undefined,
  };
}
