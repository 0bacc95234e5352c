// Statistics over time: one line per series, one chart per unit (kg and vụ never share an
// axis). d3-scale gives the axes, d3-shape the paths; the result is a plain SVG string.
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import type * as views from '../engine/views';
import { esc } from './html';

const W = 720;
const H = 300;
const M = { top: 16, right: 24, bottom: 36, left: 64 };

export interface LineChartOptions {
  id: string;
  title: string;
  description: string;
  /** Number formatting in the reader's language. */
  formatValue: (n: number) => string;
  /** A link for a point in a static page (its record's page); the preview opens the record instead. */
  hrefOf?: (p: views.SeriesPoint) => string | undefined;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function lineChartSvg(series: readonly views.Series[], o: LineChartOptions): string {
  const points = series.flatMap((s) => s.points);
  const dates = points.map((p) => utc(p.date).getTime());
  let lo = Math.min(...dates);
  let hi = Math.max(...dates);
  if (lo === hi) {
    lo -= 15 * 864e5;
    hi += 15 * 864e5;
  }
  const x = scaleUtc()
    .domain([new Date(lo), new Date(hi)])
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([0, Math.max(...points.map((p) => p.value), 0) || 1])
    .nice()
    .range([H - M.bottom, M.top]);
  // Years for a long span, months for a year or so, days for a short one; each label once.
  const span = (hi - lo) / 864e5;
  const seen = new Set<string>();
  const xTicks = x.ticks(span < 120 ? 4 : 6).flatMap((t) => {
    const iso = t.toISOString();
    const label = span < 120 ? iso.slice(0, 10) : t.getUTCMonth() === 0 && t.getUTCDate() === 1 ? iso.slice(0, 4) : iso.slice(0, 7);
    if (seen.has(label)) return [];
    seen.add(label);
    return `<g class="axis"><line x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${H - M.bottom}" y2="${H - M.bottom + 4}"/><text x="${x(t).toFixed(1)}" y="${H - M.bottom + 18}" text-anchor="middle">${esc(label)}</text></g>`;
  });
  const yTicks = y
    .ticks(5)
    .map(
      (v) =>
        `<g class="grid"><line x1="${M.left}" x2="${W - M.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"/><text x="${M.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${esc(o.formatValue(v))}</text></g>`,
    );
  const path = line<views.SeriesPoint>()
    .x((p) => x(utc(p.date)))
    .y((p) => y(p.value));
  const lines = series.map((s, i) => {
    const dots = s.points.map((p) => {
      const title = `<title>${esc(s.name)} — ${esc(p.date)}: ${esc(p.valueText)}${p.meetingTitle ? ` (${esc(p.meetingTitle)})` : ''}</title>`;
      const dot = `<circle class="point c${i % 6}" cx="${x(utc(p.date)).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="5" data-uri="${esc(p.uri)}" data-line="${p.line}" tabindex="0" role="button" aria-label="${esc(s.name)} ${esc(p.date)}: ${esc(p.valueText)}">${title}</circle>`;
      const href = o.hrefOf?.(p);
      return href ? `<a href="${esc(href)}">${dot}</a>` : dot;
    });
    return `<g class="series"><path class="line c${i % 6}" d="${path(s.points) ?? ''}"/>${dots.join('')}</g>`;
  });
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="group" aria-labelledby="${o.id}-t ${o.id}-d">` +
    `<title id="${o.id}-t">${esc(o.title)}</title><desc id="${o.id}-d">${esc(o.description)}</desc>` +
    `${yTicks.join('')}<g class="axis"><line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}"/></g>${xTicks.join('')}${lines.join('')}</svg>`
  );
}

/** Colours written out, for an SVG saved on its own (no page, no theme variables around it). */
const STANDALONE_CSS =
  'svg{background:#fff}text{fill:#1f1f1f;font:12px sans-serif}.axis line,.grid line{stroke:#999;stroke-opacity:.6}.line{fill:none;stroke-width:2}' +
  ['#1f6feb', '#d9730d', '#2e8540', '#8250df', '#c62828', '#b08800'].map((c, i) => `.c${i}{fill:${c};stroke:${c}}.line.c${i}{fill:none}`).join('');

export function standaloneSvg(svg: string): string {
  return svg.replace(/^<svg([^>]*)>/, `<?xml version="1.0" encoding="UTF-8"?>\n<svg$1><style>${STANDALONE_CSS}</style>`);
}
