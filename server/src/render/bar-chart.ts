// A record's figures of one unit as horizontal bars, breakdowns stacked inside their bar. The
// scale comes from d3-scale; the SVG is a string, so the page needs no script to show it.
import { scaleLinear } from 'd3-scale';
import type * as views from '../engine/views';
import { esc, lineAttr } from './html';

const WIDTH = 640;
const LABEL_H = 16;
const BAR_H = 14;
const ROW_H = LABEL_H + BAR_H + 10;
const VALUE_W = 110;

/** The chart as accessible SVG: role img, a title and a description; each bar has its own title. */
export function barChartSvg(chart: views.BarChart): string {
  const max = Math.max(...chart.bars.map((b) => b.value), 0);
  const x = scaleLinear()
    .domain([0, max || 1])
    .range([0, WIDTH - VALUE_W]);
  const height = chart.bars.length * ROW_H + 4;
  const rows = chart.bars.map((b, i) => {
    const y = i * ROW_H;
    const parts = b.parts.length ? b.parts : [{ label: b.label, value: b.value }];
    let at = 0;
    const rects = parts.map((p, j) => {
      const r = `<rect class="c${j % 6}" x="${x(at).toFixed(1)}" y="${y + LABEL_H}" width="${Math.max(0, x(at + p.value) - x(at)).toFixed(1)}" height="${BAR_H}"><title>${esc(p.label)}: ${esc(p.value)}</title></rect>`;
      at += p.value;
      return r;
    });
    const end = x(b.value);
    return (
      `<g class="bar"${lineAttr(b.line)}><title>${esc(b.label)}: ${esc(b.valueText)}</title>` +
      `<text x="0" y="${y + LABEL_H - 4}">${esc(b.label)}</text>${rects.join('')}` +
      `<text x="${(end + 6).toFixed(1)}" y="${y + LABEL_H + BAR_H - 2}">${esc(b.valueText)}</text></g>`
    );
  });
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${chart.id}-t ${chart.id}-d">` +
    `<title id="${chart.id}-t">${esc(chart.title)}</title><desc id="${chart.id}-d">${esc(chart.description)}</desc>${rows.join('')}</svg>`
  );
}

/** A small bar showing a breakdown's share of its total, for a table cell. */
export function shareSvg(share: number, label: string): string {
  const w = Math.round(share * 100);
  return `<svg class="share" viewBox="0 0 100 10" role="img" aria-label="${esc(label)}: ${w}%"><rect class="c2" x="0" y="0" width="${w}" height="10"/><rect x="${w}" y="0" width="${100 - w}" height="10" fill="none" stroke="currentColor" stroke-opacity=".3"/></svg>`;
}
