// Navigation and refactoring by person: the person named at a position, where they are defined
// (the registry entry, else their earliest appearance), every appearance in the project, and a
// rename over all records and the registry. Plain data; the server turns it into LSP answers.
import type { ParsedRecord } from '../parse/parse-record';
import type { Position, Range, TextEdit } from '../types';
import { appearancesOf, type Appearance } from './appearances';
import type { PeopleRegistry } from './registry';
import { yamlString } from '../rules/helpers';

export interface Location {
  uri: string;
  range: Range;
}

const inside = (p: Position, r: Range) =>
  (p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character)) &&
  (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character));

/** The appearance whose name is at the position (chair, participant, connection point, issued_by). */
export function personAt(record: ParsedRecord, position: Position): Appearance | undefined {
  return appearancesOf(record).find((a) => inside(position, a.nameRange));
}

/** The registry entry when there is one, else the earliest appearance in the project. */
export function definitionOf(people: PeopleRegistry, a: Appearance): Location | undefined {
  const reg = people.registryLocation(a.name);
  if (reg) return reg;
  const first = people.index.appearances(a.key)[0];
  return first && { uri: first.uri, range: first.nameRange };
}

/** Every appearance of the person in the project (and the registry entry when asked). */
export function referencesOf(people: PeopleRegistry, a: Appearance, includeDeclaration: boolean): Location[] {
  const out: Location[] = [];
  const reg = includeDeclaration ? people.registryLocation(a.name) : undefined;
  if (reg) out.push(reg);
  for (const x of people.index.appearances(a.key)) out.push({ uri: x.uri, range: x.nameRange });
  return out;
}

/** Edits per file that rename the person everywhere: every record naming them and the registry. */
export function renameEdits(people: PeopleRegistry, a: Appearance, newName: string): Map<string, TextEdit[]> {
  const edits = new Map<string, TextEdit[]>();
  const text = yamlString(newName);
  const add = (uri: string, range: Range) => {
    const list = edits.get(uri) ?? [];
    if (!list.some((e) => e.range.start.line === range.start.line && e.range.start.character === range.start.character)) list.push({ range, newText: text });
    edits.set(uri, list);
  };
  for (const loc of referencesOf(people, a, true)) add(loc.uri, loc.range);
  return edits;
}

export interface PersonNavigation {
  name: string;
  range: Range;
  definition(): Location | undefined;
  references(includeDeclaration: boolean): Location[];
  rename(newName: string): Map<string, TextEdit[]>;
}

export function navigation(people: PeopleRegistry, a: Appearance): PersonNavigation {
  return {
    name: a.name,
    range: a.nameRange,
    definition: () => definitionOf(people, a),
    references: (includeDeclaration) => referencesOf(people, a, includeDeclaration),
    rename: (newName) => renameEdits(people, a, newName),
  };
}
