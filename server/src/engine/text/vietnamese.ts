// Vietnamese text pitfalls that no generic YAML tool sees.

/** Letters that look like Đ/đ but are not (Icelandic eth, African D). */
export const LOOKALIKES: Readonly<Record<string, string>> = {
  '\u00D0': '\u0110', // Ð → Đ
  '\u00F0': '\u0111', // ð → đ
  '\u0189': '\u0110', // Ɖ → Đ
  '\u0256': '\u0111', // ɖ → đ
};
export const LOOKALIKE_PATTERN = /[\u00D0\u00F0\u0189\u0256]/g;

/** Words (letters with their combining marks) containing at least one combining mark. */
export const WORD_WITH_MARKS = /[\p{L}\p{M}]*\p{M}[\p{L}\p{M}]*/gu;

/** Vietnamese tone marks as combining characters (after NFD). */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

interface Syllable {
  base: string;
  tone: string;
}

function syllables(s: string): Syllable[] {
  return s
    .normalize('NFD')
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter(Boolean)
    .map((w) => ({ base: w.replace(TONES, '').normalize('NFC'), tone: (w.match(TONES) ?? []).join('') }));
}

/**
 * True when a and b are the same words with the same tones, but at least one tone mark sits on
 * another vowel ("Uỷ" vs "Ủy", "hoà" vs "hòa"). Case is ignored.
 */
export function differsOnlyInTonePlacement(a: string, b: string): boolean {
  if (a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase()) return false;
  const sa = syllables(a);
  const sb = syllables(b);
  if (sa.length !== sb.length) return false;
  return sa.every((x, i) => x.base === sb[i].base && x.tone === sb[i].tone);
}

/** True when b has diacritics that a lacks but they are otherwise the same letters. */
export function lacksDiacritics(written: string, canonical: string): boolean {
  const stripped = canonical
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));
  return written.toLowerCase() === stripped.toLowerCase() && written !== canonical;
}

const viInteger = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

/** A number as Vietnamese readers write it: 1457 → "1.457", 88.01 → "88,01". */
export function formatVietnameseNumber(n: number): string {
  return viInteger.format(n);
}

/**
 * Reads a number written the Vietnamese way ("1.457", "138,6", "1.250.000", "88,01%").
 * Returns undefined when the text is not such a number.
 */
export function parseVietnameseNumber(text: string): number | undefined {
  // Not /\s*%$/: on a long run of spaces that regex backtracks quadratically (8 s for 90 KB).
  let t = text.trim();
  if (t.endsWith('%')) t = t.slice(0, -1).trimEnd();
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) || /^-?\d+(,\d+)?$/.test(t)) {
    return Number(t.replace(/\./g, '').replace(',', '.'));
  }
  return undefined;
}

/** "1.457" and "10.048" — a plain YAML scalar that YAML 1.2 reads as a decimal but looks like thousands. */
export function looksLikeThousandsGrouping(source: string): boolean {
  return /^\d{1,3}(\.\d{3})+$/.test(source.trim());
}
