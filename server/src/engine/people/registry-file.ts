// Where each person's name is written in .briefing/people.yaml: the target of "go to definition".
import { parseRecord } from '../parse/parse-record';
import { valueSpan } from '../rules/helpers';
import { fold } from '../text/fold';
import type { Range } from '../types';

export function registryLocations(text: string, uri: string, count: number): Map<string, { uri: string; range: Range }> {
  const out = new Map<string, { uri: string; range: Range }>();
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
