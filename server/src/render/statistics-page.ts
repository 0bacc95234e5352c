// Statistics over time as HTML: one line chart per unit, each followed by its data table, then
// every row. Used by the statistics view in VS Code; the table is the chart's text fallback.
import type { Locale } from '../engine/types';
import type * as views from '../engine/views';
import { labels } from '../engine/views/labels';
import { formatNumber } from '../engine/views/numbers';
import { seriesChart } from '../engine/views/series';
import { esc } from './html';
import { lineChartSvg } from './line-chart';

export interface StatisticsPageOptions {
  locale: Locale;
  title: string;
  /** A row's file as the reader should see it. */
  fileLabel?: (uri: string) => string;
  hrefOf?: (p: views.SeriesPoint) => string | undefined;
}

/** One line chart per unit, as SVG strings (also what "Export SVG/PNG" saves). */
export function unitCharts(rows: readonly views.StatRow[], o: StatisticsPageOptions): { unit: string; title: string; svg: string; series: views.Series[] }[] {
  const chart = seriesChart(o.title, rows);
  return chart.units.map((unit, i) => {
    const series = chart.series.filter((s) => s.unit === unit);
    const n = series.reduce((a, s) => a + s.points.length, 0);
    const title = unit ? `${o.title} (${unit})` : o.title;
    const svg = lineChartSvg(series, {
      id: `series-${i + 1}`,
      title,
      description: `${title}: ${series.length} × ${n} — ${series.map((s) => `${s.name}: ${s.points.map((p) => `${p.date} ${p.valueText}`).join(', ')}`).join('; ')}`,
      formatValue: (v) => formatNumber(v, o.locale),
      hrefOf: o.hrefOf,
    });
    return { unit, title, svg, series };
  });
}

export function statisticsBody(rows: readonly views.StatRow[], o: StatisticsPageOptions): string {
  const l = labels(o.locale);
  const file = o.fileLabel ?? ((u: string) => u);
  const figures = unitCharts(rows, o).map(({ title, svg, series }, i) => {
    const legend = series
      .map(
        (s, j) =>
          `<li><svg class="share" viewBox="0 0 20 10" aria-hidden="true"><rect class="c${j % 6}" x="0" y="2" width="20" height="6"/></svg> ${esc(s.name)}</li>`,
      )
      .join('');
    return `<figure id="figure-${i + 1}"><figcaption>${esc(title)}</figcaption>${svg}<ul class="legend">${legend}</ul></figure>`;
  });
  const body = rows.map(
    (r) =>
      `<tr data-uri="${esc(r.uri)}" data-line="${r.lineNumber - 1}"><td>${esc(r.meetingDate ?? '—')}</td><td>${esc(r.periodText)}</td><td>${esc(r.label)}</td>` +
      `<td class="num">${esc(r.valueText || '—')}</td><td>${esc(r.comparisons.map((c) => c.text).join('; '))}</td><td>${esc(r.scope)}</td><td>${esc(file(r.uri))}:${r.lineNumber}</td></tr>`,
  );
  const head = [l.meetingDate, l.period, l.label, l.value, l.comparisons, l.scope, l.file].map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const table = `<table id="rows"><caption class="meta">${esc(o.title)} — ${rows.length}</caption><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
  return `<main><h1>${esc(l.statisticsOverTime)}: ${esc(o.title)}</h1>${figures.join('')}${table}</main>`;
}
