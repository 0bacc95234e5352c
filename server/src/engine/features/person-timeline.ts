// The timeline table shown when hovering a person's name: every dated statement the archive and
// the registry make about the person (date, rank, positions, record), oldest first.
import type { PeopleRegistry } from '../people/registry';
import { isStatement } from '../people/appearances';
import { personKey } from '../people/person-key';
import type { Locale } from '../types';

const MAX_ROWS = 12;

const HEAD = {
  vi: '| Ngày | Cấp bậc | Chức vụ | Hồ sơ |\n|---|---|---|---|',
  en: '| Date | Rank | Positions | Record |\n|---|---|---|---|',
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function fileOf(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** A markdown table, or undefined when no record names the person. */
export function timelineTable(people: PeopleRegistry, name: string, locale: Locale): string | undefined {
  const apps = people.index.appearances(personKey(name)).filter(isStatement);
  if (apps.length === 0) return undefined;
  const rows = apps.map((a) => ({ date: a.date ?? '—', rank: a.rank ?? '—', positions: a.positions.join('; ') || '—', where: fileOf(a.uri) }));
  for (const h of people.entry(name)?.history ?? []) {
    rows.push({
      date: `${h.from}–${h.to ?? ''}`,
      rank: h.rank ?? '—',
      positions: (h.positions ?? []).join('; ') || '—',
      where: locale === 'vi' ? 'sổ nhân sự' : 'registry',
    });
  }
  rows.sort((x, y) => x.date.localeCompare(y.date));
  const shown = rows.slice(-MAX_ROWS);
  const more = rows.length - shown.length;
  const lines = shown.map((r) => `| ${cell(r.date)} | ${cell(r.rank)} | ${cell(r.positions)} | ${cell(r.where)} |`);
  const note = more > 0 ? `\n\n${locale === 'vi' ? `(và ${more} lần trước đó)` : `(and ${more} earlier)`}` : '';
  return `${HEAD[locale]}\n${lines.join('\n')}${note}`;
}
