// The index of a set of published record pages: date, kind, title, how many figures and problems.
import type * as views from '../engine/views';
import { esc } from './html';

export interface IndexEntry {
  card: views.RecordCard;
  href: string;
}

export function indexBody(entries: readonly IndexEntry[], l: views.Labels): string {
  const rows = [...entries]
    .sort((a, b) => (a.card.meeting.date ?? '').localeCompare(b.card.meeting.date ?? '') || a.href.localeCompare(b.href))
    .map(
      ({ card, href }) =>
        `<tr><td>${esc(card.meeting.date ?? '—')}</td><td>${esc(card.meeting.kind)}</td><td><a href="${esc(href)}">${esc(card.meeting.title)}</a></td>` +
        `<td class="num">${card.statistics.length}</td><td class="num">${card.problems.length}</td></tr>`,
    );
  const head = [l.meetingDate, l.kind, l.meeting, l.statistics, l.problems].map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  return `<main><h1>${esc(l.records)}</h1><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></main>`;
}
