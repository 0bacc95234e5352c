// What one record says about people, as a compact summary: every appearance of a person (chair,
// participant, connection-point chair, or the issuer of a directive) with the record's date,
// what the record gives them (rank, force, positions, unit, role) and where it says so. The
// people index is built from these summaries only, never from parse trees, so a face may keep
// them for closed files and drop the trees.
import { isMap } from 'yaml';
import type { ParsedRecord } from '../parse/parse-record';
import type { PathSegment } from '../parse/nodes';
import { persons, list, str, recordDate } from '../model/record-view';
import { locatedSpan, valueSpan, valueSpanIn } from '../rules/helpers';
import { locate } from '../parse/nodes';
import type { Range, Span } from '../types';
import { personKey } from './person-key';

export type AppearanceRole = 'chair' | 'participant' | 'connection-point' | 'issuer';

export interface Appearance {
  uri: string;
  /** The name as written, and the key it is matched by (diacritics-insensitive). */
  name: string;
  key: string;
  role: AppearanceRole;
  /** Path of the person's mapping (or of the `issued_by` value for an issuer). */
  path: PathSegment[];
  nameSpan: Span;
  nameRange: Range;
  /** The whole person mapping (the name for an issuer): diagnostics inside it are about this appearance. */
  range: Range;
  /** meeting.date of the record, when valid. */
  date?: string;
  rank?: string;
  rankSpan?: Span;
  rankRange?: Range;
  force?: string;
  positions: string[];
  positionsRange?: Range;
  unit?: string;
  /** participants[].role ("phát biểu chỉ đạo"): what the person did at the meeting. */
  speech?: string;
  /** meeting.title or kind, to name the record in messages and tables. */
  title?: string;
}

const summaries = new WeakMap<ParsedRecord, Appearance[]>();

/** Every appearance of a person in a record (first document only, like the record's date). */
export function appearancesOf(record: ParsedRecord): Appearance[] {
  const hit = summaries.get(record);
  if (hit) return hit;
  const out: Appearance[] = [];
  const d = record.documents[0];
  if (d && isMap(d.doc.contents) && d.value !== undefined) {
    const data = d.value;
    const date = recordDate(data);
    const title = str(data, 'meeting', 'title') ?? str(data, 'meeting', 'kind');
    const range = (span: Span | undefined) => (span ? record.lines.range(span) : undefined);
    for (const p of persons(data)) {
      const name = str(p.person, 'name');
      if (!name?.trim()) continue;
      // The person's mapping once; its keys' spans from there.
      const at = locate(d.doc, p.path);
      const span = (key: string) => valueSpanIn(at.node, key);
      const nameSpan = span('name');
      if (!nameSpan) continue;
      const role: AppearanceRole = p.path[0] === 'chair' ? 'chair' : p.path[0] === 'participants' ? 'participant' : 'connection-point';
      const rankSpan = span('rank');
      out.push({
        uri: record.uri,
        name,
        key: personKey(name),
        role,
        path: p.path,
        nameSpan,
        nameRange: record.lines.range(nameSpan),
        range: range(locatedSpan(at)) ?? record.lines.range(nameSpan),
        date,
        rank: str(p.person, 'rank'),
        rankSpan,
        rankRange: range(rankSpan),
        force: str(p.person, 'force'),
        positions: list(p.person, 'positions').filter((x): x is string => typeof x === 'string'),
        positionsRange: range(span('positions')),
        unit: str(p.person, 'unit'),
        speech: str(p.person, 'role'),
        title,
      });
    }
    list(data, 'directives').forEach((_, i) => {
      const path = ['directives', i, 'issued_by'];
      const name = str(data, ...path);
      const nameSpan = name?.trim() ? valueSpan(d.doc, path) : undefined;
      if (!name || !nameSpan) return;
      out.push({
        uri: record.uri,
        name,
        key: personKey(name),
        role: 'issuer',
        path,
        nameSpan,
        nameRange: record.lines.range(nameSpan),
        range: record.lines.range(nameSpan),
        date,
        positions: [],
        title,
      });
    });
  }
  summaries.set(record, out);
  return out;
}

/** Appearances that state something about the person (not a bare `issued_by` reference). */
export function isStatement(a: Appearance): boolean {
  return a.role !== 'issuer';
}
