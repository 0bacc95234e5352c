// Timelines of people as a table (for reading), JSON or CSV (for spreadsheets).
import type { Locale, PersonTimeline, TimelineRow } from '../../engine';
import type { Format } from '../args';

const SEVERITY = ['', 'lỗi/error', 'cảnh báo/warning', 'thông tin/info', 'gợi ý/hint'];

const where = (r: TimelineRow) => (r.uri ? `${r.uri}:${(r.range?.start.line ?? 0) + 1}` : '.briefing/people.yaml');
const when = (r: TimelineRow) => (r.source === 'registry' ? `${r.date ?? '…'}–${r.to ?? ''}` : (r.date ?? '—'));

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - [...s].length));
}

function table(people: PersonTimeline[], locale: Locale): string {
  const vi = locale === 'vi';
  const out: string[] = [];
  for (const p of people) {
    const forces = [...new Set(p.rows.map((r) => r.force).filter(Boolean))];
    out.push(
      `${p.name}${forces.length ? `  (${forces.join(', ')})` : ''}${p.spellings.length > 1 ? `  — ${vi ? 'cách viết' : 'spellings'}: ${p.spellings.join(' / ')}` : ''}`,
    );
    for (const r of p.rows) {
      const office = [r.positions.join('; '), r.role && `[${r.role}]`].filter(Boolean).join(' ');
      const mark = r.issues.length ? '  ⚠' : '';
      const src = r.source === 'registry' ? (vi ? 'sổ nhân sự' : 'registry') : where(r);
      out.push(`  ${pad(when(r), 22)} ${pad(r.rank ?? '—', 13)} ${pad(office || '—', 48)} ${src}${mark}`);
      for (const i of r.issues) out.push(`      ${SEVERITY[i.severity]} ${i.code}: ${i.message}`);
    }
    out.push('');
  }
  const flagged = people.reduce((n, p) => n + p.rows.filter((r) => r.issues.length).length, 0);
  out.push(vi ? `${people.length} người, ${flagged} lần xuất hiện có vấn đề.` : `${people.length} people, ${flagged} appearances with problems.`);
  return out.join('\n') + '\n';
}

function csvField(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function csv(people: PersonTimeline[]): string {
  const lines = [['name', 'date', 'to', 'rank', 'force', 'positions', 'unit', 'role', 'source', 'record', 'line', 'issues'].join(',')];
  for (const p of people) {
    for (const r of p.rows) {
      const cells = [
        p.name,
        r.date ?? '',
        r.to ?? '',
        r.rank ?? '',
        r.force ?? '',
        r.positions.join('; '),
        r.unit ?? '',
        r.role ?? '',
        r.source,
        r.uri ?? '',
        r.range ? String(r.range.start.line + 1) : '',
        r.issues.map((i) => i.code).join(' '),
      ];
      lines.push(cells.map(csvField).join(','));
    }
  }
  return lines.join('\n') + '\n';
}

export function formatPeople(people: PersonTimeline[], format: Format, locale: Locale, person?: string): string {
  if (format === 'json')
    return (
      JSON.stringify(
        { people: people.map((p) => ({ ...p, rows: p.rows.map((r) => ({ ...r, line: r.range ? r.range.start.line + 1 : undefined, range: undefined })) })) },
        null,
        2,
      ) + '\n'
    );
  if (format === 'csv') return csv(people);
  if (people.length === 0 && person !== undefined) return locale === 'vi' ? `Không có ai tên "${person}".\n` : `No one named "${person}".\n`;
  return table(people, locale);
}
