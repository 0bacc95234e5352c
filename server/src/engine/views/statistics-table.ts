// Statistics across records: one row per statistic of every record, filters, the topics and
// labels with their counts (grouped without diacritics or case), and a series over time.
import type { Locale } from '../types';
import type { ParsedRecord } from '../parse/parse-record';
import { get, list, str } from '../model/record-view';
import { fold } from '../text/fold';
import { lineFinder } from './lines';
import { statisticRow, type StatisticRow } from './statistic-view';

export interface StatRow extends StatisticRow {
  uri: string;
  meetingDate?: string;
  meetingTitle?: string;
  /** The statistic's own period, or else the meeting's. */
  periodText?: string;
  /** 1-based, for "file:line". */
  lineNumber: number;
}

export interface StatFilter {
  topic?: string;
  label?: string;
  /** ISO dates, inclusive, compared with the meeting date. */
  from?: string;
  to?: string;
  /** Topic and label must equal the filter (diacritics and case ignored), not just contain it. */
  exact?: boolean;
}

export interface GroupCount {
  by: 'topic' | 'label';
  /** The form written most often (first seen on a tie). */
  name: string;
  key: string;
  count: number;
  units: string[];
}

const iso = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

/** Every statistic of every document of a record, in file order. */
export function statisticRows(record: ParsedRecord, locale: Locale = 'vi'): StatRow[] {
  const out: StatRow[] = [];
  record.documents.forEach((d, docIndex) => {
    const lineOf = lineFinder(record, docIndex);
    const meetingDate = iso(get(d.value, 'meeting', 'date'));
    const meetingPeriod = str(d.value, 'meeting', 'period', 'text');
    list(d.value, 'statistics').forEach((s, i) => {
      const line = lineOf('statistics', i);
      const row = statisticRow(s, i, locale, line);
      if (!row) return;
      out.push({
        ...row,
        uri: record.uri,
        meetingDate,
        meetingTitle: str(d.value, 'meeting', 'title'),
        periodText: row.period ?? meetingPeriod,
        lineNumber: (line ?? 0) + 1,
      });
    });
  });
  return out;
}

/** True when the query's words appear, in order and whole, in the text (diacritics and case ignored). */
function hasWords(text: string | undefined, query: string): boolean {
  return ` ${fold(text ?? '')} `.includes(` ${query} `);
}

/** Topic and label match when they contain the filter's words: "ma tuy" finds every drug topic. */
export function filterRows(rows: readonly StatRow[], f: StatFilter): StatRow[] {
  const topic = f.topic !== undefined ? fold(f.topic) : undefined;
  const label = f.label !== undefined ? fold(f.label) : undefined;
  const match = (text: string | undefined, q: string) => (f.exact ? fold(text ?? '') === q : hasWords(text, q));
  return rows.filter(
    (r) =>
      (topic === undefined || match(r.topic, topic)) &&
      (label === undefined || match(r.label, label)) &&
      (f.from === undefined || (r.meetingDate !== undefined && r.meetingDate >= f.from)) &&
      (f.to === undefined || (r.meetingDate !== undefined && r.meetingDate <= f.to)),
  );
}

/** Chronological order: meeting date, then file, then position in the file. */
export function sortRows(rows: readonly StatRow[]): StatRow[] {
  return [...rows].sort(
    (a, b) => (a.meetingDate ?? '9999').localeCompare(b.meetingDate ?? '9999') || a.uri.localeCompare(b.uri) || a.lineNumber - b.lineNumber,
  );
}

/** Topics, then labels, each with how many statistics carry it; most frequent first. */
export function groupCounts(rows: readonly StatRow[]): GroupCount[] {
  const out: GroupCount[] = [];
  for (const by of ['topic', 'label'] as const) {
    const groups = new Map<string, { names: Map<string, number>; count: number; units: Set<string> }>();
    for (const r of rows) {
      const name = by === 'topic' ? r.topic : r.label;
      if (!name) continue;
      const key = fold(name);
      const g = groups.get(key) ?? { names: new Map(), count: 0, units: new Set() };
      g.names.set(name, (g.names.get(name) ?? 0) + 1);
      g.count++;
      if (r.unit) g.units.add(r.unit);
      groups.set(key, g);
    }
    const list: GroupCount[] = [...groups].map(([key, g]) => ({
      by,
      key,
      name: [...g.names].reduce((a, b) => (b[1] > a[1] ? b : a))[0],
      count: g.count,
      units: [...g.units],
    }));
    out.push(...list.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'vi')));
  }
  return out;
}
