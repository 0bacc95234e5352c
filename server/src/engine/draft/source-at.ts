// Back from a drafted value to its article: the quoting comment that belongs to the line at a
// position ("# ← «…»" on the line, or on the nearest comment line above that opens the item the
// line is in), the article the header names, and the sentence the quote came from.
import { SOURCE_MARK, HEADER_MARK } from './write-yaml';
import { splitSentences, sentenceAt } from './sentences';
import type { Span } from '../types';

const QUOTE = /# ← «([^»]*)»/u;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The quote on the comment line right above line `i`, at its indent. */
function quoteAbove(lines: readonly string[], i: number): string | undefined {
  const above = lines[i - 1];
  if (above === undefined || indentOf(above) !== indentOf(lines[i]) || !above.trimStart().startsWith(`# ${SOURCE_MARK}`)) return undefined;
  return QUOTE.exec(above)?.[1];
}

/**
 * The quote of the drafted item containing `line` (0-based), if the drafter wrote one: the
 * line's own "# ← «…»", else the one above the nearest enclosing item or key that has one
 * (walking up, each line less indented than all below it encloses them).
 */
export function quoteAt(recordText: string, line: number): string | undefined {
  const lines = recordText.split('\n');
  const here = lines[line];
  if (here === undefined || here.trim() === '' || here.trimStart().startsWith('#')) return undefined;
  const own = QUOTE.exec(here);
  if (own) return own[1];
  const first = quoteAbove(lines, line);
  if (first !== undefined) return first;
  let min = indentOf(here);
  for (let i = line - 1; i >= 0 && min > 0; i--) {
    const l = lines[i];
    if (l.trim() === '' || l.trimStart().startsWith('#') || indentOf(l) >= min) continue;
    min = indentOf(l);
    const q = QUOTE.exec(l)?.[1] ?? quoteAbove(lines, i);
    if (q !== undefined) return q;
  }
  return undefined;
}

/** What the header says the draft came from ("# ✎ Bản nháp lập từ bài báo REF: …"). */
export function draftSourceRef(recordText: string): string | undefined {
  const m = /^# ✎ Bản nháp lập từ bài báo (.+?): mỗi mục ghi/mu.exec(recordText.slice(0, 2000));
  return m && recordText.includes(`# ${HEADER_MARK}`) ? m[1] : undefined;
}

/**
 * Where a quote (whitespace collapsed, maybe cut with "…") stands in the article, and the
 * sentence around it. Compared as text, white space of any length matching one space.
 */
export function locateQuote(article: string, quote: string): { span: Span; sentence: Span } | undefined {
  const text = article.normalize('NFC');
  const wanted = quote.replace(/…$/u, '').replace(/\s+/gu, ' ').trim();
  if (!wanted) return undefined;
  // The article with runs of white space collapsed, and where each kept character came from.
  let flat = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const space = /\s/u.test(text[i]);
    if (space && (flat.endsWith(' ') || flat === '')) continue;
    flat += space ? ' ' : text[i];
    from.push(i);
  }
  const at = flat.indexOf(wanted);
  if (at < 0) return undefined;
  const span: Span = [from[at], from[at + wanted.length - 1] + 1];
  const s = sentenceAt(splitSentences(text), span[0]);
  return { span, sentence: s ? [s.start, s.end] : span };
}
