// Compares the fast parse path with the `yaml` library's parse: trees, ranges, values, data,
// and every diagnostic with the fast path on and off (shared by the parse-parity tests).
import { isDeepStrictEqual } from 'node:util';
import { parseAllDocuments, isMap, isPair, isScalar, isSeq } from 'yaml';
import { fastParse } from '../../server/src/engine/parse/fast-parse';
import { setFastPath } from '../../server/src/engine/parse/parse-record';
import { newEngine } from './engine';

const OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;

function kind(n: unknown): string {
  return isMap(n) ? 'map' : isSeq(n) ? 'seq' : isScalar(n) ? 'scalar' : isPair(n) ? 'pair' : typeof n;
}

/** The first difference between two node trees, or undefined. Comments are not compared. */
function treeDiff(a: unknown, b: unknown, path = '$'): string | undefined {
  if (kind(a) !== kind(b)) return `${path}: ${kind(a)} vs ${kind(b)}`;
  if (isPair(a) && isPair(b)) return treeDiff(a.key, b.key, `${path}.key`) ?? treeDiff(a.value, b.value, `${path}.value`);
  if (!(isMap(a) || isSeq(a) || isScalar(a)) || !(isMap(b) || isSeq(b) || isScalar(b)))
    return Object.is(a, b) ? undefined : `${path}: ${String(a)} vs ${String(b)}`;
  if (JSON.stringify(a.range) !== JSON.stringify(b.range)) return `${path}: range ${JSON.stringify(a.range)} vs ${JSON.stringify(b.range)}`;
  if (isScalar(a) && isScalar(b)) {
    for (const p of ['value', 'type', 'source', 'format', 'minFractionDigits', 'tag'] as const) {
      if (!Object.is(a[p], b[p])) return `${path}: ${p} ${JSON.stringify(a[p])} vs ${JSON.stringify(b[p])}`;
    }
    return undefined;
  }
  const ca = a as { flow?: boolean; items: unknown[] };
  const cb = b as { flow?: boolean; items: unknown[] };
  if (!!ca.flow !== !!cb.flow) return `${path}: flow ${ca.flow} vs ${cb.flow}`;
  if (ca.items.length !== cb.items.length) return `${path}: ${ca.items.length} vs ${cb.items.length} items`;
  for (let i = 0; i < ca.items.length; i++) {
    const d = treeDiff(ca.items[i], cb.items[i], `${path}[${i}]`);
    if (d) return d;
  }
  return undefined;
}

/** 'declined', or the first difference from the `yaml` parse ('' when identical). */
export function compare(text: string): string {
  const fast = fastParse(text);
  if (!fast) return 'declined';
  const docs = parseAllDocuments(text, OPTIONS);
  if (!Array.isArray(docs) || docs.length !== 1) return 'yaml made another number of documents';
  const [doc] = docs;
  if (doc.errors.length || doc.warnings.length) return `yaml reports ${(doc.errors[0] ?? doc.warnings[0]).code}`;
  if (JSON.stringify(fast.doc.range) !== JSON.stringify(doc.range)) return `document range ${JSON.stringify(fast.doc.range)} vs ${JSON.stringify(doc.range)}`;
  const d = treeDiff(fast.doc.contents, doc.contents);
  if (d) return d;
  if (!isDeepStrictEqual(fast.value, doc.toJS())) return 'data differs';
  if (!isDeepStrictEqual(fast.doc.toJS(), doc.toJS())) return 'toJS of the fast tree differs';
  return '';
}

const engine = newEngine();

/** Every diagnostic, serialised, with the fast path on and off. */
export function diagnosticsBothWays(text: string): [string, string] {
  const on = JSON.stringify(engine.check(text, 'file:///parity.briefing.yaml'));
  const before = setFastPath(false);
  try {
    return [on, JSON.stringify(engine.check(text, 'file:///parity.briefing.yaml'))];
  } finally {
    setFastPath(before);
  }
}
