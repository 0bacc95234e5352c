// `briefing stats` output: an aligned text table, CSV (RFC 4180; BOM and separator for
// spreadsheets), JSON, or a Markdown table. One row per statistic.
import type { Locale } from '../types';
import { labels } from './labels';
import { formatNumber } from './numbers';
import type { StatRow } from './statistics-table';

export type StatsFormat = 'table' | 'csv' | 'json' | 'md';

export interface CsvOptions {
  separator: string;
  bom: boolean;
}

function columns(locale: Locale): string[] {
  const l = labels(locale);
  return [l.meetingDate, l.period, l.label, l.topic, l.unit, l.value, 'approx', l.comparisons, l.scope, l.file];
}

/** A row's cells as text, its value written by `value` (raw for CSV, as a reader writes it for tables). */
function rowCells(r: StatRow, value: (n: number) => string): string[] {
  return [
    r.meetingDate ?? '',
    r.periodText ?? '',
    r.label,
    r.topic ?? '',
    r.unit ?? '',
    r.value === undefined ? '' : value(r.value),
    r.approx ?? '',
    r.comparisons.map((c) => c.text).join('; '),
    r.scope ?? '',
    `${r.uri}:${r.lineNumber}`,
  ];
}

/** The raw number, with a decimal comma when asked. */
const cells = (r: StatRow, decimalComma: boolean) => rowCells(r, (n) => (decimalComma ? String(n).replace('.', ',') : String(n)));

function csvCell(s: string, sep: string): string {
  return s.includes(sep) || /["\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatCsv(rows: readonly StatRow[], locale: Locale, o: CsvOptions): string {
  // Spreadsheets that use ";" between fields read "," as the decimal mark.
  const decimalComma = o.separator === ';';
  const lines = [columns(locale), ...rows.map((r) => cells(r, decimalComma))].map((cs) => cs.map((c) => csvCell(c, o.separator)).join(o.separator));
  return (o.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

export function formatStatsJson(rows: readonly StatRow[]): string {
  const out = rows.map((r) => ({
    file: r.uri,
    line: r.lineNumber,
    meetingDate: r.meetingDate ?? null,
    meetingTitle: r.meetingTitle ?? null,
    period: r.periodText ?? null,
    label: r.label,
    topic: r.topic ?? null,
    unit: r.unit ?? null,
    value: r.value ?? null,
    approx: r.approx ?? null,
    comparisons: r.comparisons.map((c) => ({
      direction: c.direction ?? null,
      percent: c.percent ?? null,
      amount: c.amount ?? null,
      approx: c.approx ?? null,
      baseline: c.baseline ?? null,
    })),
    scope: r.scope ?? null,
  }));
  return JSON.stringify(out, null, 2) + '\n';
}

/** The number as a reader writes it ("1.457", "138,6") for the human formats. */
const humanCells = (r: StatRow, locale: Locale) => rowCells(r, (n) => formatNumber(n, locale));

export function formatMarkdown(rows: readonly StatRow[], locale: Locale): string {
  const cols = columns(locale);
  const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const line = (cs: string[]) => `| ${cs.map(esc).join(' | ')} |`;
  const align = cols.map((_, i) => (i === 5 ? '---:' : '---'));
  return [line(cols), `| ${align.join(' | ')} |`, ...rows.map((r) => line(humanCells(r, locale)))].join('\n') + '\n';
}

/** Columns padded to their widest cell (the value right-aligned); empty columns dropped. */
export function formatTable(rows: readonly StatRow[], locale: Locale): string {
  const cols = columns(locale);
  const body = rows.map((r) => humanCells(r, locale));
  const keep = cols.map((_, i) => body.some((r) => r[i] !== ''));
  const width = cols.map((c, i) => Math.max(c.length, ...body.map((r) => r[i].length)));
  const fmt = (cs: string[]) =>
    cs
      .map((c, i) => (keep[i] ? (i === 5 ? c.padStart(width[i]) : c.padEnd(width[i])) : undefined))
      .filter((c): c is string => c !== undefined)
      .join('  ')
      .trimEnd();
  return [fmt(cols), ...body.map(fmt)].join('\n') + '\n';
}
