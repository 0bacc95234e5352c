// What the workspace keeps of a record that is not open in the editor: the plain data its
// workspace features read (people appearances, workspace symbols, statistics rows), built from
// the parse in one pass, so the parse tree itself can be dropped. Features that need the tree
// (a record view, completion, code actions) parse the text again on demand.
import type { ParsedRecord } from './parse/parse-record';
import { workspaceSymbols } from './features/workspace-symbols';
import { appearancesOf, type Appearance } from './people/appearances';
import type { PeopleRegistry } from './people/registry';
import type { Locale } from './types';
import type { WorkspaceSymbol } from './features/types';
import { statisticRows, type StatRow } from './views/statistics-table';

export interface RecordSummary {
  uri: string;
  /** The people the record names (the people index works from these). */
  appearances: Appearance[];
  symbols: WorkspaceSymbol[];
  /** Statistics rows per locale (their labels are localised). */
  statistics: Record<Locale, StatRow[]>;
}

export function summarize(record: ParsedRecord): RecordSummary {
  return {
    uri: record.uri,
    appearances: appearancesOf(record),
    symbols: workspaceSymbols(record),
    statistics: { vi: statisticRows(record, 'vi'), en: statisticRows(record, 'en') },
  };
}

/** Records the people of a summary in a people registry, as `Engine.notePeople` does for a parse. */
export function noteSummaryPeople(people: PeopleRegistry, summary: RecordSummary): void {
  people.setSeen(summary.uri, summary.appearances);
}

/** The archive revision of a summarised record, equal to `Engine.archiveRevision` of its parse. */
export function summaryArchiveRevision(people: PeopleRegistry, summary: RecordSummary): string {
  return summary.appearances.map((a) => people.index.revision(a.key)).join(',');
}
