// A data file's plain value (catalogs, people registry, config): the fast path where it applies
// (the same values as `yaml`, see the parse-parity tests), else `yaml` itself.
import { parse } from 'yaml';
import { fastParse } from './fast-parse';

export function parseYamlValue(text: string): unknown {
  const fast = fastParse(text);
  return fast ? fast.value : parse(text);
}
