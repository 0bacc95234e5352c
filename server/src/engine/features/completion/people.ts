// Completion of people: a person's `name` offers known people and fills the rank, positions and
// force they held at the record's date; `issued_by` offers the people of this record first.
import type { Catalog } from '../../catalog/catalog';
import { DEFAULT_FORCE } from '../../catalog/catalog';
import type { PeopleRegistry } from '../../people/registry';
import type { Locale, TextEdit } from '../../types';
import { format } from '../../i18n';
import { persons, str } from '../../model/record-view';
import { recordLabel } from '../../rules/archive';
import { fold } from '../../text/fold';
import { yamlString } from '../../rules/helpers';
import type { Candidate } from './matching';
import type { ValueContext } from './context';
import type { YamlLines } from './yaml-lines';

const M = {
  registry: { vi: 'Theo sổ người, ở ngày {date}: {state}.', en: 'From the people registry, on {date}: {state}.' },
  registryNoDate: { vi: 'Theo sổ người: {state}.', en: 'From the people registry: {state}.' },
  record: { vi: 'Theo hồ sơ {uri}: {state}.', en: 'As named in {uri}: {state}.' },
  unknownAtDate: { vi: 'Không rõ cấp bậc, chức vụ ở ngày {date}; không điền thêm.', en: 'Rank and positions on {date} are not known; nothing is filled in.' },
  fills: { vi: 'Chọn tên này sẽ điền: {keys}.', en: 'Choosing this name fills in: {keys}.' },
  inRecord: { vi: 'trong hồ sơ này', en: 'in this record' },
  known: { vi: 'người đã biết', en: 'known person' },
};

export interface PersonSite {
  lines: YamlLines;
  ctx: ValueContext;
  /** Keys already written in the person's mapping. */
  present: ReadonlySet<string>;
  /** Folded names of the record's other people (not the one being written). */
  others: ReadonlySet<string>;
}

function stateText(s: { rank?: string; positions?: string[]; force?: string }): string {
  return [s.rank, ...(s.positions ?? [])].filter(Boolean).join('; ') || (s.force ?? '—');
}

/** Edits that add the keys the person lacks, valid at the record's date. */
function fillEdits(site: PersonSite, state: { rank?: string; positions?: string[]; force?: string }, catalog: Catalog): { edits: TextEdit[]; keys: string[] } {
  const col = site.ctx.mappingCol;
  const pad = ' '.repeat(col);
  const keys: string[] = [];
  let before = '';
  const force = catalog.forceOf(state.force);
  if (state.force && force && force.id !== DEFAULT_FORCE && !site.present.has('force')) {
    before += `force: ${yamlString(state.force)}\n${pad}`;
    keys.push('force');
  }
  if (state.rank && !site.present.has('rank')) {
    before += `rank: ${yamlString(state.rank)}\n${pad}`;
    keys.push('rank');
  }
  let after = '';
  if (state.positions?.length && !site.present.has('positions')) {
    after = `positions:\n${state.positions.map((p) => `${pad}  - ${yamlString(p)}\n`).join('')}`;
    keys.push('positions');
  }
  const line = site.ctx.line;
  const edits: TextEdit[] = [];
  // After the name line when there is one; else before the name, like rank and force.
  if (after && line + 1 < site.lines.count) {
    edits.push({ range: { start: { line: line + 1, character: 0 }, end: { line: line + 1, character: 0 } }, newText: pad + after });
  } else if (after) {
    before += after + pad;
  }
  if (before) edits.unshift({ range: { start: { line, character: col }, end: { line, character: col } }, newText: before });
  // Plain-text edits are applied as they are: write the document's own line breaks.
  if (site.lines.record.text.includes('\r\n')) for (const e of edits) e.newText = e.newText.replace(/\n/g, '\r\n');
  return { edits, keys };
}

export function personNameCandidates(site: PersonSite, people: PeopleRegistry, catalog: Catalog, date: string | undefined, locale: Locale): Candidate[] {
  const uri = site.lines.record.uri;
  // The name being typed is itself "seen" in this record: never offer it back as a person.
  const names = people.names().filter((n) => !people.seenOnlyIn(n, uri) || site.others.has(fold(n)));
  return names.map((name) => {
    const state = people.stateFor(name, date, uri);
    const c: Candidate = { label: name, kind: 'person', matchNames: people.entry(name)?.aliases };
    if (!state) {
      c.detail = format(M.known, locale);
      if (date) c.documentation = format(M.unknownAtDate, locale, { date });
      return c;
    }
    c.detail = [state.rank, state.positions?.[state.positions.length - 1]].filter(Boolean).join(' · ') || state.force;
    const msg = state.basis === 'registry' ? (date ? M.registry : M.registryNoDate) : M.record;
    const { edits, keys } = fillEdits(site, state, catalog);
    c.documentation = format(msg, locale, { date: date ?? '', uri: recordLabel({ uri: state.uri ?? '', date: state.date }), state: stateText(state) });
    if (keys.length) c.documentation += '\n\n' + format(M.fills, locale, { keys: keys.join(', ') });
    if (edits.length) c.additionalTextEdits = edits;
    return c;
  });
}

/** `issued_by`: the people of this record, then everyone else known. */
export function issuerCandidates(data: unknown, people: PeopleRegistry, locale: Locale): Candidate[] {
  const here: Candidate[] = persons(data)
    .map((p) => ({ name: str(p.person, 'name'), rank: str(p.person, 'rank') }))
    .filter((p): p is { name: string; rank: string | undefined } => !!p.name)
    .map((p) => ({ label: p.name, kind: 'person', detail: [p.rank, format(M.inRecord, locale)].filter(Boolean).join(' · ') }));
  const others: Candidate[] = people.names().map((name) => ({ label: name, kind: 'person', detail: format(M.known, locale) }));
  return [...here, ...others];
}
