// What a reader would call the facts of a record: every scalar as a reader reads it, by path.
// "1.457 vụ" is 1457 cases, "0,17" in a one-line mapping is 0.17, "Uỷ viên" is "Ủy viên", "26-2" is
// 2020-02-26, "Thứ trưởng" is the catalog's "Thứ trưởng Bộ Công an". Two texts state the same
// facts when every fact of the first is still there, under the same key or a key renamed from a
// misspelling, and anything added is derived (a period's start and end from its text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Engine } from '../../server/src/engine';
import { fold, closest } from '../../server/src/engine/text/fold';
import { parseVietnameseNumber, LOOKALIKES, LOOKALIKE_PATTERN } from '../../server/src/engine/text/vietnamese';
import { parseWrittenDate } from '../../server/src/engine/dates/written-date';
import { parsePeriod } from '../../server/src/engine/dates/period';
import { decimalCommaSplits } from '../../server/src/engine/parse/decimal-comma';

export interface Fact {
  path: string;
  key: string;
  parent: string;
  /** The scalar as written. */
  source: string;
  value: unknown;
}

/** Every key the record model knows, to read a misspelt key ("meetin") as the key it names. */
function modelKeys(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => modelKeys(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'properties' && v && typeof v === 'object') Object.keys(v).forEach((key) => out.add(key));
      modelKeys(v, out);
    }
  }
  return out;
}
const KEYS = [...modelKeys(JSON.parse(readFileSync(join(__dirname, '..', '..', 'schemas', 'briefing.schema.json'), 'utf8')))];
const keyAs = (k: string) => (KEYS.includes(k) || /^\d+$/.test(k) ? k : (closest(k, KEYS) ?? k));

/** Every scalar leaf with its data path; a decimal comma in a one-line mapping is read as the number it is. */
export function facts(text: string): Fact[] {
  const doc = parseDocument(text, { uniqueKeys: false });
  const out: Fact[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (isMap(node)) {
      const splits = decimalCommaSplits(node, text);
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const split = splits.find((s) => s.pair === pair);
        if (splits.some((s) => node.items.indexOf(s.pair) + 1 === node.items.indexOf(pair))) continue; // the stray "17"
        if (split) {
          const read = [...path, key].map(keyAs);
          out.push({
            path: read.join('.'),
            key: read[read.length - 1],
            parent: read.slice(0, -1).join('.'),
            source: split.written,
            value: Number(split.fixed),
          });
          continue;
        }
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, String(i)]));
    } else if (isScalar(node)) {
      const source = node.range ? text.slice(node.range[0], node.range[1]) : String(node.value);
      const read = path.map(keyAs);
      out.push({ path: read.join('.'), key: read[read.length - 1] ?? '', parent: read.slice(0, -1).join('.'), source, value: node.value });
    }
  };
  walk(doc.contents as Node, []);
  return out;
}

const unlook = (s: string) => s.normalize('NFC').replace(LOOKALIKE_PATTERN, (c) => LOOKALIKES[c]);

/** Whether `after` states the same fact as `before` (the same thing written another way). */
export function sameFact(engine: Engine, before: Fact, after: Fact, year?: number): boolean {
  const a = before.value;
  const b = after.value;
  if (a === b) return true;
  if (typeof b === 'number') {
    const raw = before.source.replace(/^["']|["']$/g, '');
    // 1.457 → 1457 (a grouping dot), "79,5" → 79.5, "0,17" → 0.17.
    return b === parseVietnameseNumber(raw) || b === Number(raw.replace(/\./g, ''));
  }
  if (typeof b !== 'string') return false;
  const text = typeof a === 'number' ? before.source : typeof a === 'string' ? a : undefined;
  if (text === undefined) return false;
  if (unlook(text) === b || fold(unlook(text)) === fold(b)) return true;
  // A written date and its ISO form: "26-2" → 2020-02-26 (the year from the record).
  const w = parseWrittenDate(text);
  if (w && /^\d{4}-\d{2}-\d{2}$/.test(b)) {
    const [y, m, d] = b.split('-').map(Number);
    return w.d === d && w.m === m && (w.y === undefined ? year === undefined || y === year || y === year - 1 : w.y === y);
  }
  // A short form and the catalog entry it names.
  const cat = engine.catalogs;
  for (const match of [cat.positions, cat.units, cat.measures]) {
    const x = match.match(text);
    if (x && x.canonical === b) return true;
  }
  const ranks = cat.forces
    .all()
    .map((f) => cat.ranks(f.id))
    .filter((r) => r !== undefined);
  if (ranks.some((r) => r!.match(text)?.canonical === b)) return true;
  const p = cat.matchPosition(text);
  return !!p && p.canonical === b;
}

/** The facts `before` states that `after` lost or changed, as readable lines; empty when none. */
export function changedFacts(engine: Engine, beforeText: string, afterText: string): string[] {
  const before = facts(beforeText);
  const after = facts(afterText);
  const byPath = new Map(after.map((f) => [f.path, f]));
  const year = Number(/^\s*date:\s*["']?(\d{4})/m.exec(beforeText)?.[1]) || undefined;
  const problems: string[] = [];
  const derived = (path: string): unknown => {
    const m = /^(.*)\.(start|end)$/.exec(path);
    const periodText = m && after.find((f) => f.path === `${m[1]}.text`)?.value;
    const date = after.find((f) => f.path === 'meeting.date')?.value;
    return m ? parsePeriod(periodText, typeof date === 'string' ? date : undefined)?.[m[2] as 'start' | 'end'] : undefined;
  };
  for (const f of before) {
    const same = byPath.get(f.path);
    if (same && sameFact(engine, f, same, year)) continue;
    // A period's start and end are read from its text (the article's words): making them agree
    // with the text restates the same fact.
    if (same && same.value !== undefined && derived(f.path) === same.value) continue;
    // A misspelt key renamed: the same value under the key it was closest to.
    const renamed = after.find((g) => g.parent === f.parent && g.key !== f.key && closest(f.key, [g.key]) && sameFact(engine, f, g, year));
    if (!same && renamed) continue;
    problems.push(`${f.path}: ${f.source} → ${same ? same.source : '(gone)'}`);
  }
  // What was added must be derived: a period's start and end from its text.
  const known = new Set(before.map((f) => f.path));
  for (const g of after) {
    if (known.has(g.path) || before.some((f) => f.parent === g.parent && closest(f.key, [g.key]) && !byPath.has(f.path))) continue;
    if (derived(g.path) !== g.value) problems.push(`${g.path}: added ${g.source}`);
  }
  return problems;
}
