// Shared by the cross-record rules: this record's appearances, the index they are checked
// against, and how another record is named in a message.
import type { RuleContext } from './rule';
import { appearancesOf, type Appearance } from '../people/appearances';
import type { PeopleContext } from '../people/cross-checks';

/** This record's appearances (the first document is the record; later ones are not indexed). */
export function recordAppearances(ctx: RuleContext): Appearance[] {
  return ctx.record.documents[0]?.doc === ctx.doc ? appearancesOf(ctx.record) : [];
}

export function peopleContext(ctx: RuleContext): PeopleContext {
  return { people: ctx.people, catalog: ctx.catalog };
}

/** A record as messages name it: its file name and date ("2020-02-26-giao-ban.briefing.yaml, 2020-02-26"). */
export function recordLabel(a: Pick<Appearance, 'uri' | 'date'>): string {
  let file = a.uri.slice(a.uri.lastIndexOf('/') + 1);
  try {
    file = decodeURIComponent(file);
  } catch {
    // a file name with a literal "%": shown as it is
  }
  return a.date ? `${file}, ${a.date}` : file;
}
