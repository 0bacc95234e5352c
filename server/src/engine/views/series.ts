// Statistics over time: the rows of one topic or label as series a chart draws, one series per
// label and unit, each point a meeting. Rows without a number or a meeting date are not drawn.
import type { StatRow } from './statistics-table';
import { fold } from '../text/fold';

export interface SeriesPoint {
  date: string;
  value: number;
  valueText: string;
  uri: string;
  line: number;
  meetingTitle?: string;
  periodText?: string;
}

export interface Series {
  name: string;
  unit: string;
  points: SeriesPoint[];
}

export interface SeriesChart {
  title: string;
  /** Units differ: the chart is drawn per unit, never on one axis. */
  units: string[];
  series: Series[];
  /** Rows in the selection that could not be drawn (no value or no date). */
  skipped: number;
}

export function seriesChart(title: string, rows: readonly StatRow[]): SeriesChart {
  const byKey = new Map<string, Series>();
  let skipped = 0;
  for (const r of rows) {
    if (r.value === undefined || r.meetingDate === undefined) {
      skipped++;
      continue;
    }
    const unit = r.unit ?? '';
    const key = `${fold(r.label)}\u0000${unit}`;
    const s = byKey.get(key) ?? { name: r.label, unit, points: [] };
    s.points.push({
      date: r.meetingDate,
      value: r.value,
      valueText: r.valueText,
      uri: r.uri,
      line: r.lineNumber - 1,
      meetingTitle: r.meetingTitle,
      periodText: r.periodText,
    });
    byKey.set(key, s);
  }
  const series = [...byKey.values()];
  for (const s of series) s.points.sort((a, b) => a.date.localeCompare(b.date));
  return { title, units: [...new Set(series.map((s) => s.unit))], series, skipped };
}
