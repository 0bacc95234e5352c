// Sentence splitting with spans. A sentence ends at . ! ? … (or "...") followed by white space and
// a capital letter, a digit or a quotation mark, and at every line break; "1.457", "TP.HCM" and
// "06/CP" stay inside their sentence.
import type { Sentence } from './types';

const END = /[.!?…]+["”»]?(?=\s+["“«(]?[\p{Lu}\d])|\n+/gu;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/u.test(text[a])) a++;
    while (b > a && /\s/u.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b, paragraph });
  };
  END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = END.exec(text))) {
    const isBreak = m[0].startsWith('\n');
    push(start, isBreak ? m.index : m.index + m[0].length);
    start = m.index + m[0].length;
    if (isBreak) paragraph++;
  }
  push(start, text.length);
  return out;
}

/** Items grouped by the sentence they start in (index of the sentence). */
export function bySentence<T extends { span: readonly [number, number] }>(sentences: readonly Sentence[], items: readonly T[]): Map<Sentence, T[]> {
  const out = new Map<Sentence, T[]>();
  for (const item of items) {
    const s = sentenceAt(sentences, item.span[0]);
    if (!s) continue;
    const list = out.get(s);
    if (list) list.push(item);
    else out.set(s, [item]);
  }
  return out;
}

/** The sentence containing offset `at`. */
export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
