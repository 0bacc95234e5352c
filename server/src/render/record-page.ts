// A record card as HTML: the same markup in the VS Code preview and in a published page.
// Every item carries data-line so the preview can reveal it; the page needs no script to read.
import type * as views from '../engine/views';
import { esc, facts, lineAttr, section } from './html';
import { barChartSvg, shareSvg } from './bar-chart';

function person(p: views.PersonView, l: views.Labels): string {
  const positions = p.positions.length ? `<div class="positions">${esc(p.positions.join('; '))}</div>` : '';
  const extra = [
    p.unnamed ? `(${l.unnamed})` : undefined,
    p.role,
    p.force && p.force !== 'Công an nhân dân' ? p.force : undefined,
    p.display === p.unit ? undefined : p.unit,
  ]
    .filter(Boolean)
    .join(' · ');
  return `<li${lineAttr(p.line)}><strong>${esc(p.display)}</strong>${extra ? ` <span class="meta">${esc(extra)}</span>` : ''}${positions}</li>`;
}

function meeting(card: views.RecordCard): string {
  const m = card.meeting;
  const l = card.labels;
  const period = m.period
    ? [m.period.text, m.period.start && m.period.end ? `${m.period.start} – ${m.period.end}` : undefined].filter(Boolean).join(' · ')
    : undefined;
  const points = m.connectionPoints.length
    ? `<h3>${esc(l.connectionPoints)}</h3><ul class="people">${m.connectionPoints
        .map((c) => `<li${lineAttr(c.line)}>${esc(c.unit)}${c.chairedBy ? ` — ${esc(c.chairedBy.display)}` : ''}</li>`)
        .join('')}</ul>`
    : '';
  return (
    `<header${lineAttr(m.line)}><p class="kind">${esc(m.kind)}</p><h1>${esc(m.title)}</h1></header>` +
    facts([
      [l.date, m.date],
      [l.dateAsWritten, m.dateAsWritten],
      [l.period, period],
      [l.format, m.format],
      [l.organizer, m.organizer],
      [l.location, m.location],
    ]) +
    points
  );
}

function people(card: views.RecordCard): string {
  const l = card.labels;
  const chair = card.chair
    ? `<ul class="people">${person(card.chair, l)}</ul>`
    : card.chairAbsent
      ? `<p${lineAttr(card.chairAbsent.line)}><em>${esc(l.chairAbsent)}</em>: ${esc(card.chairAbsent.reason)}</p>`
      : '';
  const parts = card.participants.length
    ? section('participants', l.participants, `<ul class="people">${card.participants.map((p) => person(p, l)).join('')}</ul>`)
    : '';
  return (chair ? section('chair', l.chair, chair) : '') + parts;
}

function directives(card: views.RecordCard): string {
  if (!card.directives.length) return '';
  const l = card.labels;
  const items = card.directives.map((d) => {
    const meta = [
      d.issuedBy ? `${l.issuedBy}: ${d.issuedBy}` : '',
      d.addressees.length ? `${l.addressees}: ${d.addressees.join('; ')}` : '',
      d.deadline ? `${l.deadline}: ${d.deadline}` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    return `<li${lineAttr(d.line)}>${esc(d.text)}${meta ? `<div class="meta">${esc(meta)}</div>` : ''}</li>`;
  });
  return section('directives', l.directives, `<ul class="directives">${items.join('')}</ul>`);
}

function comparison(c: views.ComparisonView): string {
  const cls = c.arrow === '↑' ? 'up' : c.arrow === '↓' ? 'down' : '';
  return `<div${cls ? ` class="${cls}"` : ''}>${esc(c.text)}</div>`;
}

function statisticsTable(card: views.RecordCard): string {
  const l = card.labels;
  if (!card.statistics.length) return section('statistics', l.statistics, `<p>${esc(l.noStatistics)}</p>`);
  const rows = card.statistics.map((s) => {
    const parts = s.breakdown.map((p) => `<div>${p.share !== undefined ? shareSvg(p.share, p.label) + ' ' : ''}${esc(p.text)}</div>`).join('');
    const notes = [
      s.target ? `<div>${esc(l.target)}: ${esc(s.target)}</div>` : '',
      parts ? `<div>${esc(l.breakdown)}:</div>${parts}` : '',
      s.scope ? `<div class="meta">${esc(l.scope)}: ${esc(s.scope)}</div>` : '',
      s.period ? `<div class="meta">${esc(l.period)}: ${esc(s.period)}</div>` : '',
    ].join('');
    return `<tr${lineAttr(s.line)}><td>${esc(s.label)}</td><td class="num">${esc(s.valueText || '—')}</td><td>${s.comparisons.map(comparison).join('')}</td><td>${notes}</td></tr>`;
  });
  const table = `<table><caption class="meta">${esc(l.statistics)}</caption><thead><tr><th scope="col">${esc(l.label)}</th><th scope="col">${esc(l.value)}</th><th scope="col">${esc(l.comparisons)}</th><th scope="col">${esc(l.notes)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return section('statistics', l.statistics, table);
}

function charts(card: views.RecordCard): string {
  if (!card.charts.length) return '';
  const l = card.labels;
  const figs = card.charts.map((c) => {
    const rows = c.bars.map((b) => `<tr${lineAttr(b.line)}><td>${esc(b.label)}</td><td class="num">${esc(b.valueText)}</td></tr>`).join('');
    const table = `<details><summary>${esc(l.chartTable)}</summary><table><thead><tr><th scope="col">${esc(l.label)}</th><th scope="col">${esc(l.value)}</th></tr></thead><tbody>${rows}</tbody></table></details>`;
    return `<figure id="${c.id}"><figcaption>${esc(c.title)}</figcaption>${barChartSvg(c)}${table}</figure>`;
  });
  return section('charts', l.chart, figs.join(''));
}

function problems(card: views.RecordCard): string {
  const l = card.labels;
  if (!card.problems.length) return section('problems', l.problems, `<p>${esc(l.noProblems)}</p>`);
  const items = card.problems.map(
    (p) =>
      `<li${lineAttr(p.line)}><span class="sev-${p.severity}">${esc(p.severityText)}</span> ${esc(p.line + 1)}: ${esc(p.message)} <code>${esc(p.code)}</code></li>`,
  );
  return section('problems', l.problems, `<ul class="problems">${items.join('')}</ul>`);
}

function source(card: views.RecordCard): string {
  const s = card.source;
  if (!s) return '';
  const l = card.labels;
  // The address is shown as text, not a link: a published page links nowhere it was not asked to.
  return section(
    'source',
    l.source,
    facts([
      [l.source, s.publisher],
      ['URL', s.url],
      [l.published, s.published],
      [l.author, s.author],
    ]),
    s.line,
  );
}

/** The card's body: meeting, people, directives, figures (table and charts), problems, source. */
export function recordBody(card: views.RecordCard): string {
  return `<main>${meeting(card)}${people(card)}${directives(card)}${statisticsTable(card)}${charts(card)}${problems(card)}${source(card)}</main>`;
}
