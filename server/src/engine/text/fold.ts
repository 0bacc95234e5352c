// Diacritics- and case-insensitive keys for Vietnamese search ("dai tuong" finds "Đại tướng").
// NFD + strip combining marks removes tones, breve, circumflex and horn; the stroke of đ and
// its look-alikes (Ð U+00D0, Ɖ U+0189) does not decompose, so they are mapped by hand.

const D_LIKE = /[đĐÐðƉɖ]/g;
const MARKS = /\p{M}/gu;
const NON_WORD = /[^\p{L}\p{N}%]+/gu;
const WORD = /[\p{L}\p{N}%]/u;

/** The definition: NFD, no marks, đ-likes to d, lower case, non-word runs to one space, trimmed. */
function foldByDefinition(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').replace(D_LIKE, 'd').toLowerCase().replace(NON_WORD, ' ').trim();
}

// The same per character, from a table, for the characters Vietnamese text is written in: Latin
// (with the precomposed Vietnamese letters), combining marks and general punctuation. Each entry
// is the folded letter's code, SEPARATOR for a non-word character, DROP for a mark, 0 where the
// character is not in the table (the definition is used for the whole string). Greek and other
// scripts whose lower case depends on context are not in it.
const SEPARATOR = -1;
const DROP = -2;
const RANGES: [number, number][] = [
  [0x0000, 0x024f],
  [0x0300, 0x036f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
];
let table: Int32Array | undefined;

function foldTable(): Int32Array {
  const t = new Int32Array(0x2070);
  for (const [from, to] of RANGES) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      const f = ch.normalize('NFD').replace(MARKS, '').replace(D_LIKE, 'd').toLowerCase();
      if (f === '') t[c] = DROP;
      else if (f.length === 1) t[c] = WORD.test(f) ? f.charCodeAt(0) : SEPARATOR;
    }
  }
  return t;
}

const CHUNK = 8192;

function foldByTable(s: string): string {
  const t = (table ??= foldTable());
  const codes: number[] = [];
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const m = c < 0x2070 ? t[c] : 0;
    if (m > 0) {
      if (space) codes.push(32);
      space = false;
      codes.push(m);
    } else if (m === SEPARATOR) {
      space = codes.length > 0;
    } else if (m === 0) {
      return foldByDefinition(s);
    }
  }
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode.apply(null, codes.slice(i, i + CHUNK));
  return out;
}

// Rules and lookups fold the same catalog names and record values again and again; lookups of
// short strings are remembered.
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 20_000;

/** The search key: no diacritics, lower case, punctuation and runs of spaces folded to one space. */
export function fold(s: string): string {
  const hit = FOLDED.get(s);
  if (hit !== undefined) return hit;
  const key = foldByTable(s);
  if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
  if (s.length <= 256) FOLDED.set(s, key);
  return key;
}

/** The definition `fold` follows, for tests: the table must agree with it on every string. */
export const foldReference = foldByDefinition;

/** True when `query` (folded) is a prefix of some word sequence in `target` (folded). */
export function foldedMatches(query: string, target: string): boolean {
  const q = fold(query);
  if (q === '') return true;
  const t = fold(target);
  if (t.startsWith(q)) return true;
  return t.includes(' ' + q);
}

/** Levenshtein distance, bounded: returns max+1 as soon as the distance exceeds max. */
export function editDistance(a: string, b: string, max = 64): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Optimal string alignment (Damerau): two swapped letters ("titel", "rnak") are one edit.
  let before = new Array<number>(b.length + 1);
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        cur[j] = Math.min(cur[j], before[j - 2] + 1);
      }
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[b.length];
}

/**
 * The closest candidate to `value` by folded edit distance, if close enough to be a likely typo
 * (at most a third of the length, at least 1 edit allowed).
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const v = fold(value);
  if (v === '') return undefined;
  const limit = Math.max(1, Math.floor(v.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    const d = editDistance(v, fold(c), limit);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
