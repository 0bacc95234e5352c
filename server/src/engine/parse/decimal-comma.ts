// "{ direction: giảm, percent: 0,17, baseline: … }": inside a one-line mapping the comma ends
// the pair, so YAML reads percent: 0 and a key "17". Recognised here so that the schema does not
// also call "17" an unknown key: one cause, one diagnostic.
import { isMap, isScalar, type Pair, type YAMLMap } from 'yaml';
import type { Span } from '../types';

export interface DecimalCommaSplit {
  /** The pair whose number lost its fraction ("percent: 0"). */
  pair: Pair;
  /** From the integer part to the end of the stray key: "0,17". */
  span: Span;
  written: string;
  /** The number as YAML writes it: "0.17". */
  fixed: string;
}

/** The split whose stray key is `key` ("17" in the data, a number key in the YAML), if it is one. */
export function decimalCommaSplitAt(map: unknown, key: string, text: string): DecimalCommaSplit | undefined {
  if (!isMap(map) || !map.flow) return undefined;
  const i = map.items.findIndex((p) => isScalar(p.key) && String(p.key.value) === key);
  return i > 0 ? splitAt(map, i, text) : undefined;
}

/** Every split in a one-line mapping. */
export function decimalCommaSplits(map: YAMLMap, text: string): DecimalCommaSplit[] {
  const out: DecimalCommaSplit[] = [];
  if (!map.flow) return out;
  for (let i = 1; i < map.items.length; i++) {
    const s = splitAt(map, i, text);
    if (s) out.push(s);
  }
  return out;
}

function splitAt(map: YAMLMap, i: number, text: string): DecimalCommaSplit | undefined {
  const stray = map.items[i];
  const prev = map.items[i - 1];
  const key = stray.key;
  const num = prev.value;
  if (!isScalar(key) || !isScalar(num) || stray.value !== null || !key.range || !num.range) return undefined;
  if (key.type !== 'PLAIN' || num.type !== 'PLAIN' || typeof num.value !== 'number') return undefined;
  const whole = text.slice(num.range[0], num.range[1]);
  const fraction = text.slice(key.range[0], key.range[1]);
  // Written with no space around the comma: "0,17", never "0, 17".
  if (!/^-?\d+$/.test(whole) || !/^\d+$/.test(fraction) || text.slice(num.range[1], key.range[0]) !== ',') return undefined;
  return { pair: prev, span: [num.range[0], key.range[1]], written: `${whole},${fraction}`, fixed: `${whole}.${fraction}` };
}
