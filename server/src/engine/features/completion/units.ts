// Completion of organisational units. Units not in force at the record's date (merged provinces,
// abolished general departments) are marked deprecated and come after the valid ones; when the
// typed text names such a unit, its successor is offered first.
import type { Catalog } from '../../catalog/catalog';
import type { UnitEntry, UnitFamily } from '../../catalog/types';
import type { Locale } from '../../types';
import { format } from '../../i18n';
import { matches, type Candidate } from './matching';

const M = {
  family: { vi: 'họ đơn vị · {kind} — thêm địa danh', en: 'unit family · {kind} — add the place name' },
  familyDoc: {
    vi: 'Tên gồm tiền tố "{prefix}" và một địa danh, ví dụ "{prefix} Ba Vì".',
    en: 'A name made of the prefix "{prefix}" and a place name, e.g. "{prefix} Ba Vì".',
  },
  ended: { vi: 'Hết hiệu lực sau {date}.', en: 'No longer in force after {date}.' },
  notYet: { vi: 'Có hiệu lực từ {date}.', en: 'In force from {date}.' },
  successor: { vi: 'Đơn vị kế thừa: {name}.', en: 'Successor: {name}.' },
  successorOf: { vi: 'kế thừa {name}', en: 'successor of {name}' },
  atDate: { vi: 'Ngày của hồ sơ: {date}.', en: 'Record date: {date}.' },
};

/** True when a dated entry is in force on `date` (always, when the record has no date). */
export function inForce(e: { valid_from?: string; valid_to?: string }, date: string | undefined): boolean {
  if (!date) return true;
  if (e.valid_to && String(e.valid_to) < date) return false;
  if (e.valid_from && String(e.valid_from) > date) return false;
  return true;
}

export function unitDetail(u: UnitEntry): string | undefined {
  const code = u.code ? (u.code_confidence === 'U' ? `${u.code}?` : u.code) : undefined;
  return [code, u.kind].filter(Boolean).join(' · ') || undefined;
}

function validityDoc(e: { valid_from?: string; valid_to?: string; successor?: string }, date: string | undefined, locale: Locale): string | undefined {
  const parts: string[] = [];
  if (e.valid_to) parts.push(format(M.ended, locale, { date: String(e.valid_to) }));
  if (e.valid_from) parts.push(format(M.notYet, locale, { date: String(e.valid_from) }));
  if (e.successor) parts.push(format(M.successor, locale, { name: e.successor }));
  if (parts.length && date) parts.push(format(M.atDate, locale, { date }));
  return parts.join(' ') || undefined;
}

function unitCandidate(u: UnitEntry, date: string | undefined, locale: Locale): Candidate {
  return {
    label: u.name,
    kind: 'unit',
    detail: unitDetail(u),
    documentation: validityDoc(u, date, locale),
    matchNames: [...(u.aliases ?? []), ...(u.code && u.code_confidence !== 'U' ? [u.code] : [])],
    deprecated: !inForce(u, date) || undefined,
  };
}

function familyCandidate(f: UnitFamily, date: string | undefined, locale: Locale): Candidate {
  const doc = [format(M.familyDoc, locale, { prefix: f.prefix }), validityDoc(f, date, locale)].filter(Boolean).join(' ');
  return {
    label: f.prefix,
    kind: 'unit',
    detail: format(M.family, locale, { kind: f.kind ?? '' }),
    documentation: doc,
    newText: f.prefix + ' ',
    deprecated: !inForce(f, date) || undefined,
  };
}

export function unitCandidates(catalog: Catalog, typed: string, date: string | undefined, locale: Locale): Candidate[] {
  const successors: Candidate[] = [];
  const valid: Candidate[] = [];
  const ended: Candidate[] = [];
  for (const u of catalog.units.all()) {
    const c = unitCandidate(u, date, locale);
    if (!c.deprecated) {
      valid.push(c);
      continue;
    }
    ended.push(c);
    // A unit that has gone, named by the typed text: offer what replaced it, first.
    if (typed.trim() && u.successor && matches(typed, [u.name, ...(c.matchNames ?? [])])) {
      const next = catalog.units.match(u.successor)?.entry;
      if (next && inForce(next, date) && !matches(typed, [next.name, ...(next.aliases ?? [])])) {
        successors.push({
          ...unitCandidate(next, date, locale),
          detail: format(M.successorOf, locale, { name: u.name }),
          matchNames: [u.name, ...(c.matchNames ?? [])],
        });
      }
    }
  }
  const families = catalog.families.map((f) => familyCandidate(f, date, locale));
  return [...successors, ...valid, ...families.filter((f) => !f.deprecated), ...ended, ...families.filter((f) => f.deprecated)];
}
