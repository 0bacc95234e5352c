// The people a record names, as the registry remembers them for completion in other records.
import type { ParsedRecord } from '../parse/parse-record';
import { persons, recordDate, str, list } from '../model/record-view';
import type { SeenPerson } from './registry';

export function peopleNamedIn(record: ParsedRecord): SeenPerson[] {
  const data = record.documents[0]?.value;
  const date = recordDate(data);
  return persons(data)
    .map((p) => ({
      name: str(p.person, 'name') ?? '',
      rank: str(p.person, 'rank'),
      positions: list(p.person, 'positions').filter((x): x is string => typeof x === 'string'),
      unit: str(p.person, 'unit'),
      force: str(p.person, 'force'),
      date,
      uri: record.uri,
    }))
    .filter((p) => p.name);
}
