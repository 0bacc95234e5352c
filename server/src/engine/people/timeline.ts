// Each person's timeline, as plain data for `briefing people` and hovers: the registry's dated
// entries and every appearance in the archive, oldest first, with the problems the cross-record
// rules found at each appearance.
import type { Diagnostic, Range } from '../types';
import type { PeopleRegistry } from './registry';
import { isStatement, type Appearance } from './appearances';
import { personKey } from './person-key';
import { fold } from '../text/fold';

export interface TimelineRow {
  date?: string;
  to?: string;
  rank?: string;
  force?: string;
  positions: string[];
  unit?: string;
  role?: string;
  /** The record (uri) and where the person is named in it; absent for a registry row. */
  uri?: string;
  range?: Range;
  source: 'record' | 'registry';
  issues: Pick<Diagnostic, 'code' | 'severity' | 'message'>[];
}

export interface PersonTimeline {
  name: string;
  key: string;
  /** Every spelling of the name seen, the usual one first. */
  spellings: string[];
  rows: TimelineRow[];
}

const within = (r: Range, outer: Range) =>
  (r.start.line > outer.start.line || (r.start.line === outer.start.line && r.start.character >= outer.start.character)) &&
  (r.start.line < outer.end.line || (r.start.line === outer.end.line && r.start.character <= outer.end.character));

/**
 * Timelines of the people in the index (or only those matching `person`, without diacritics).
 * `diagnosticsOf` gives a record's diagnostics; those of `codes` inside a person's mapping are
 * that appearance's issues.
 */
export function timelines(
  people: PeopleRegistry,
  diagnosticsOf: (uri: string) => readonly Diagnostic[],
  codes: ReadonlySet<string>,
  person?: string,
): PersonTimeline[] {
  const wanted = person === undefined ? undefined : personKey(person);
  const out: PersonTimeline[] = [];
  for (const key of people.index.keys()) {
    const apps = people.index.appearances(key).filter(isStatement);
    if (apps.length === 0) continue;
    const entry = people.entry(apps[0].name);
    if (wanted !== undefined && key !== wanted && !fold(entry?.name ?? '').startsWith(wanted) && !key.startsWith(wanted)) continue;
    const counts = new Map<string, number>();
    for (const a of apps) counts.set(a.name, (counts.get(a.name) ?? 0) + 1);
    const spellings = [...counts.keys()].sort((x, y) => counts.get(y)! - counts.get(x)!);
    const rows: TimelineRow[] = apps.map((a) =>
      rowOf(
        a,
        diagnosticsOf(a.uri).filter((d) => codes.has(d.code) && within(d.range, a.range)),
      ),
    );
    for (const h of entry?.history ?? []) {
      rows.push({
        date: h.from,
        to: h.to,
        rank: h.rank,
        force: h.force ?? entry?.force,
        positions: h.positions ?? [],
        unit: h.unit,
        source: 'registry',
        issues: [],
      });
    }
    rows.sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || (x.source === y.source ? 0 : x.source === 'registry' ? -1 : 1));
    out.push({ name: entry?.name ?? spellings[0], key, spellings, rows });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

function rowOf(a: Appearance, issues: readonly Diagnostic[]): TimelineRow {
  return {
    date: a.date,
    rank: a.rank,
    force: a.force,
    positions: a.positions,
    unit: a.unit,
    role: a.speech,
    uri: a.uri,
    range: a.nameRange,
    source: 'record',
    issues: issues.map((d) => ({ code: d.code, severity: d.severity, message: d.message })),
  };
}
