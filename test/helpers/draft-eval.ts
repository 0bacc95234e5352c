// Compares a drafted record with a hand-written one, fact by fact, per kind:
//   people       "rank|name" of the chair, participants and connection-point chairs (rank "" for civilians)
//   statistics   "value|unit"
//   comparisons  "value|unit|direction|percent or amount"
//   dates        meeting.date and meeting.period as "start..end"
//   directives   a drafted directive matches an expected one by the same issuer when at least
//                half of the shorter text's words are in the other (texts are condensed by hand)
// Multisets: a fact drafted twice counts once as right and once as wrong.
/* eslint-disable @typescript-eslint/no-explicit-any -- parsed YAML records are compared field by field; their shape is the schema's business */
import { fold } from '../../server/src/engine';

export const KINDS = ['people', 'statistics', 'comparisons', 'dates', 'directives'] as const;
export type Kind = (typeof KINDS)[number];

export interface Tally {
  drafted: number;
  expected: number;
  matched: number;
}

type Rec = Record<string, any>;

function people(r: Rec): string[] {
  const out: string[] = [];
  const add = (p: Rec | undefined) => p?.name && out.push(`${p.rank ?? ''}|${fold(p.name)}`);
  if (!r.chair?.absent) add(r.chair);
  for (const p of r.participants ?? []) add(p);
  for (const c of r.meeting?.connection_points ?? []) add(c.chaired_by);
  return out;
}

function statistics(r: Rec): string[] {
  return (r.statistics ?? []).map((s: Rec) => `${s.value}|${s.unit}`);
}

function comparisons(r: Rec): string[] {
  return (r.statistics ?? []).flatMap((s: Rec) => (s.comparisons ?? []).map((c: Rec) => `${s.value}|${s.unit}|${c.direction}|${c.percent ?? `${c.amount}u`}`));
}

function dates(r: Rec): string[] {
  const out: string[] = [];
  if (typeof r.meeting?.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.meeting.date)) out.push(`date ${r.meeting.date}`);
  if (r.meeting?.period?.start) out.push(`period ${r.meeting.period.start}..${r.meeting.period.end}`);
  return out;
}

function multiset(drafted: string[], expected: string[]): Tally {
  const left = new Map<string, number>();
  for (const e of expected) left.set(e, (left.get(e) ?? 0) + 1);
  let matched = 0;
  for (const d of drafted) {
    const n = left.get(d) ?? 0;
    if (n > 0) {
      matched++;
      left.set(d, n - 1);
    }
  }
  return { drafted: drafted.length, expected: expected.length, matched };
}

function words(s: string): Set<string> {
  return new Set(
    fold(s)
      .split(' ')
      .filter((w) => w.length > 1),
  );
}

function overlaps(a: Rec, b: Rec): boolean {
  if (a.issued_by && b.issued_by && fold(a.issued_by) !== fold(b.issued_by)) return false;
  const wa = words(String(a.text ?? ''));
  const wb = words(String(b.text ?? ''));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared >= 0.5 * Math.min(wa.size, wb.size) && shared >= 3;
}

/** Directives: precision over drafted ones that match some expected one; recall over expected ones matched. */
function directives(d: Rec, e: Rec): Tally {
  const drafted: Rec[] = d.directives ?? [];
  const expected: Rec[] = e.directives ?? [];
  const right = drafted.filter((x) => expected.some((y) => overlaps(x, y))).length;
  const found = expected.filter((y) => drafted.some((x) => overlaps(x, y))).length;
  // matched counts drafted ones for precision; recall uses `found`, stored via expected-side count.
  return { drafted: drafted.length, expected: expected.length, matched: right, found } as Tally & { found: number };
}

export function compare(drafted: Rec, expected: Rec): Record<Kind, Tally> {
  return {
    people: multiset(people(drafted), people(expected)),
    statistics: multiset(statistics(drafted), statistics(expected)),
    comparisons: multiset(comparisons(drafted), comparisons(expected)),
    dates: multiset(dates(drafted), dates(expected)),
    directives: directives(drafted, expected),
  };
}

export function add(a: Tally, b: Tally): Tally {
  const found = ((a as { found?: number }).found ?? a.matched) + ((b as { found?: number }).found ?? b.matched);
  return { drafted: a.drafted + b.drafted, expected: a.expected + b.expected, matched: a.matched + b.matched, found } as Tally;
}

export function scores(t: Tally): { precision: number; recall: number } {
  const found = (t as { found?: number }).found ?? t.matched;
  return { precision: t.drafted ? t.matched / t.drafted : 1, recall: t.expected ? found / t.expected : 1 };
}

export function emptyTotals(): Record<Kind, Tally> {
  return Object.fromEntries(KINDS.map((k) => [k, { drafted: 0, expected: 0, matched: 0 }])) as Record<Kind, Tally>;
}
