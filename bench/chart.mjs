// A small log-log line chart as SVG (no chart package): time against document size.

const COLORS = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#57606a'];

function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function niceLabel(v, unit) {
  if (v >= 1000 && unit === 'ms') return `${v / 1000} s`;
  if (v >= 1000) return `${(v / 1000).toLocaleString('en')}k`;
  return `${v}${unit ? ' ' + unit : ''}`;
}

/**
 * @param {{ title: string, subtitle?: string, xLabel: string, yLabel: string,
 *   series: { name: string, points: { x: number, y: number }[], dashed?: boolean }[] }} spec
 */
export function logLogChart(spec) {
  const W = 800;
  const H = 470;
  const m = { left: 78, right: 24, top: 62, bottom: 118 };
  const pts = spec.series.flatMap((s) => s.points).filter((p) => p.y > 0 && Number.isFinite(p.y));
  const decade = (v, up) => 10 ** (up ? Math.ceil(Math.log10(v)) : Math.floor(Math.log10(v)));
  const x0 = decade(Math.min(...pts.map((p) => p.x)), false);
  const x1 = decade(Math.max(...pts.map((p) => p.x)), true);
  const y0 = decade(Math.min(...pts.map((p) => p.y)), false);
  const y1 = decade(Math.max(...pts.map((p) => p.y)), true);
  const X = (x) => m.left + ((Math.log10(x) - Math.log10(x0)) / (Math.log10(x1) - Math.log10(x0))) * (W - m.left - m.right);
  const Y = (y) => H - m.bottom - ((Math.log10(y) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0))) * (H - m.top - m.bottom);
  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12">`,
  );
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  out.push(`<text x="${m.left}" y="24" font-size="16" font-weight="600" fill="#24292f">${esc(spec.title)}</text>`);
  if (spec.subtitle) out.push(`<text x="${m.left}" y="44" fill="#57606a">${esc(spec.subtitle)}</text>`);
  for (let v = x0; v <= x1; v *= 10) {
    out.push(`<line x1="${X(v)}" y1="${m.top}" x2="${X(v)}" y2="${H - m.bottom}" stroke="#d0d7de"/>`);
    out.push(`<text x="${X(v)}" y="${H - m.bottom + 18}" text-anchor="middle" fill="#57606a">${niceLabel(v, '')}</text>`);
  }
  for (let v = y0; v <= y1; v *= 10) {
    out.push(`<line x1="${m.left}" y1="${Y(v)}" x2="${W - m.right}" y2="${Y(v)}" stroke="#d0d7de"/>`);
    out.push(`<text x="${m.left - 8}" y="${Y(v) + 4}" text-anchor="end" fill="#57606a">${niceLabel(+v.toPrecision(3), 'ms')}</text>`);
  }
  out.push(`<text x="${(m.left + W - m.right) / 2}" y="${H - m.bottom + 40}" text-anchor="middle" fill="#24292f">${esc(spec.xLabel)}</text>`);
  out.push(`<text transform="translate(18 ${(m.top + H - m.bottom) / 2}) rotate(-90)" text-anchor="middle" fill="#24292f">${esc(spec.yLabel)}</text>`);
  spec.series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length];
    const p = s.points.filter((q) => q.y > 0 && Number.isFinite(q.y));
    if (p.length === 0) return;
    out.push(
      `<polyline fill="none" stroke="${color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''} points="${p.map((q) => `${X(q.x).toFixed(1)},${Y(q.y).toFixed(1)}`).join(' ')}"/>`,
    );
    for (const q of p)
      out.push(
        `<circle cx="${X(q.x).toFixed(1)}" cy="${Y(q.y).toFixed(1)}" r="3.5" fill="${color}"><title>${esc(`${s.name}: ${q.x} lines, ${q.y.toFixed(2)} ms`)}</title></circle>`,
      );
    const col = i % 2;
    const row = Math.floor(i / 2);
    const lx = m.left + col * 360;
    const ly = H - m.bottom + 62 + row * 18;
    out.push(`<line x1="${lx}" y1="${ly - 4}" x2="${lx + 24}" y2="${ly - 4}" stroke="${color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
    out.push(`<text x="${lx + 30}" y="${ly}" fill="#24292f">${esc(s.name)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
