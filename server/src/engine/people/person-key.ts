// How person names are matched: like catalog values, ignoring case, diacritics, tone placement,
// NFC and look-alike letters. Two spellings that match are one person written two ways.
import { fold } from '../text/fold';
import { LOOKALIKE_PATTERN, LOOKALIKES, differsOnlyInTonePlacement } from '../text/vietnamese';

/** The key a person is indexed by. */
export function personKey(name: string): string {
  return fold(name);
}

/** A name with what other rules already report (NFD text, look-alike letters, extra spaces) undone. */
export function cleanSpelling(name: string): string {
  return name
    .normalize('NFC')
    .replace(LOOKALIKE_PATTERN, (c) => LOOKALIKES[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * How two spellings of one key differ: not at all (after cleaning), only in form (case, tone
 * placement: the same name), or in letters (diacritics: possibly another name).
 */
export function spellingDifference(a: string, b: string): 'none' | 'form' | 'letters' {
  const x = cleanSpelling(a);
  const y = cleanSpelling(b);
  if (x === y) return 'none';
  if (x.toLowerCase() === y.toLowerCase() || differsOnlyInTonePlacement(x, y)) return 'form';
  return 'letters';
}
