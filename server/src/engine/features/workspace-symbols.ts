// Entries that find a record across the workspace by its date, title, chair, participants and
// connection-point chairs. Names start with what people search for ("2020-02-26 · Hội nghị giao ban…", "Tô Lâm"); the server
// filters them with a diacritics-insensitive match.
import { isMap } from 'yaml';
import type { ParsedRecord } from '../parse/parse-record';
import { locate, pairOf } from '../parse/nodes';
import { isObj, str } from '../model/record-view';
import type { Range } from '../types';
import type { WorkspaceSymbol } from './types';
import { appearancesOf } from '../people/appearances';

export function workspaceSymbols(record: ParsedRecord): WorkspaceSymbol[] {
  const out: WorkspaceSymbol[] = [];
  for (const d of record.documents) {
    if (!isMap(d.doc.contents) || d.value === undefined) continue;
    const data = d.value;
    const rangeOf = (path: string[]): Range | undefined => {
      const loc = locate(d.doc, path);
      const node = loc.node ?? (loc.pair?.key as { range?: [number, number, number] } | undefined) ?? null;
      const r = node?.range;
      return r ? record.lines.range([r[0], Math.max(r[0], r[1])]) : undefined;
    };
    const date = str(data, 'meeting', 'date');
    const title = str(data, 'meeting', 'title') ?? str(data, 'meeting', 'kind');
    const chair = isObj((data as Record<string, unknown>).chair) ? (data as Record<string, unknown>).chair : undefined;
    const chairName = str(chair, 'name');
    const chairText = [str(chair, 'rank'), chairName].filter(Boolean).join(' ');
    const meetingText = [date, title].filter(Boolean).join(' · ');
    const meetingRange = rangeOf(['meeting', 'title']) ?? rangeOf(['meeting']);
    if (meetingText && meetingRange) out.push({ name: meetingText, detail: chairText, kind: 'meeting', range: meetingRange });
    const chairRange = rangeOf(['chair', 'name']);
    if (chairName && chairRange && pairOf(d.doc.contents, 'chair'))
      out.push({ name: chairName, detail: [chairText, meetingText].filter(Boolean).join(' — '), kind: 'person', range: chairRange });
    // Participants (speakers among them) and the chairs of connection points, found by name too.
    if (d !== record.documents[0]) continue;
    for (const a of appearancesOf(record)) {
      if (a.role !== 'participant' && a.role !== 'connection-point') continue;
      const who = [a.rank, a.name].filter(Boolean).join(' ');
      const what = a.speech ?? a.positions[a.positions.length - 1];
      out.push({ name: a.name, detail: [[who, what].filter(Boolean).join(', '), meetingText].filter(Boolean).join(' — '), kind: 'person', range: a.nameRange });
    }
  }
  return out;
}
