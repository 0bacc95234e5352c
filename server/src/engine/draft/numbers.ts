// Vietnamese numbers in running text: "1.457", "138,6", "19.685", "86,93%", "28kg", "5 tấn".
// A dot groups thousands and a comma marks decimals; dates ("26-2", "28/9/2023"), codes
// ("06/CP") and numbers glued to other digits are not numbers here.
import type { Span } from '../types';

export interface NumberToken {
  span: Span;
  value: number;
  written: string;
  /** "27,393": a decimal comma followed by exactly three digits, which may be a mistyped grouping. */
  ambiguousComma: boolean;
}

const NUMBER = /(?<![\p{L}\p{N}.,/-])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\p{N}]|[.,]\d|[/-]\d)/gu;

export function findNumbers(text: string, from = 0, to = text.length): NumberToken[] {
  const out: NumberToken[] = [];
  // The neighbours decide what a number is: one character either side of the range is kept.
  const lo = Math.max(0, from - 1);
  const chunk = text.slice(lo, Math.min(text.length, to + 1));
  NUMBER.lastIndex = from - lo;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(chunk)) && m.index + lo < to) {
    const written = m[1];
    const at = m.index + lo;
    out.push({ span: [at, at + written.length], value: readNumber(written), written, ambiguousComma: /^\d{1,3},\d{3}$/.test(written) });
  }
  return out;
}

/** "1.457" → 1457, "138,6" → 138.6. */
export function readNumber(written: string): number {
  return Number(written.replace(/\./g, '').replace(',', '.'));
}
