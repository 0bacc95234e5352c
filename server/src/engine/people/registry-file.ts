// The project's people registries (.briefing/people.yaml): their entries together, and where each
// person's name is written (the target of "go to definition").
import { parseRecord } from '../parse/parse-record';
import { valueSpan } from '../rules/helpers';
import { fold } from '../text/fold';
import type { Diagnostic, Range } from '../types';
import type { PeopleRegistry, RegistryEntry } from './registry';

export type RegistryLocations = Map<string, { uri: string; range: Range }>;

export function registryLocations(text: string, uri: string, count: number): RegistryLocations {
  const out: RegistryLocations = new Map();
  const record = parseRecord(text, uri);
  const d = record.documents[0];
  if (!d) return out;
  for (let i = 0; i < count; i++) {
    const span = valueSpan(d.doc, ['people', i, 'name']);
    const name = span && text.slice(span[0], span[1]).replace(/^["']|["']$/g, '');
    if (span && name && !out.has(fold(name))) out.set(fold(name), { uri, range: record.lines.range(span) });
  }
  return out;
}

/** Loads registry files into `people`; each file's own problems by URI. */
export function loadRegistries(
  people: PeopleRegistry,
  files: readonly { text: string; uri: string }[],
  check: (f: { text: string; uri: string }) => { diagnostics: Diagnostic[]; data: unknown },
): Map<string, Diagnostic[]> {
  const diagnostics = new Map<string, Diagnostic[]>();
  const entries: RegistryEntry[] = [];
  const locations: RegistryLocations = new Map();
  for (const f of files) {
    const { diagnostics: ds, data } = check(f);
    diagnostics.set(f.uri, ds);
    const list = (data as { people?: RegistryEntry[] } | undefined)?.people;
    if (!Array.isArray(list)) continue;
    entries.push(...list);
    for (const [key, at] of registryLocations(f.text, f.uri, list.length)) if (!locations.has(key)) locations.set(key, at);
  }
  people.setRegistry(entries, locations);
  return diagnostics;
}
