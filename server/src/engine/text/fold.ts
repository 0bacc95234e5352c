// Diacritics- and case-insensitive keys for Vietnamese search ("dai tuong" finds "Đại tướng").
// NFD + strip combining marks removes tones, breve, circumflex and horn; the stroke of đ and
// its look-alikes (Ð U+00D0, Ɖ U+0189) does not decompose, so they are mapped by hand.

const D_LIKE = /[đĐÐðƉɖ]/g;
const MARKS = /\p{M}/gu;
const NON_WORD = /[^\p{L}\p{N}%]+/gu;

// Rules and lookups fold the same catalog names and record values again and again; Unicode
// normalisation and \p{…} regexes are slow enough for that to dominate large records.
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 20_000;

/** The search key: no diacritics, lower case, punctuation and runs of spaces folded to one space. */
export function fold(s: string): string {
  const hit = FOLDED.get(s);
  if (hit !== undefined) return hit;
  const key = s.normalize('NFD').replace(MARKS, '').replace(D_LIKE, 'd').toLowerCase().replace(NON_WORD, ' ').trim();
  if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
  if (s.length <= 256) FOLDED.set(s, key);
  return key;
}

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
