// Removes the drafter's own comments ("# ← …", "# ✎ …") from a record once it has been checked,
// keeping every other comment and the text byte for byte. Comments are found with the YAML
// lexer, so a "#" inside a quoted value is never taken for one.
import { Lexer } from 'yaml';
import { HEADER_MARK, SOURCE_MARK } from './write-yaml';
import type { Span } from '../types';

function isDraftComment(token: string): boolean {
  const t = token.replace(/^#\s*/u, '');
  return token.startsWith('#') && (t.startsWith(SOURCE_MARK) || t.startsWith(HEADER_MARK));
}

export function stripDraftComments(text: string): string {
  const spans: Span[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    // The lexer's own markers (document start, scalar, flow error end) take no room in the text.
    if (token === '\x02' || token === '\x18' || token === '\x1f') continue;
    if (isDraftComment(token)) spans.push([offset, offset + token.length]);
    offset += token.length;
  }
  let out = '';
  let last = 0;
  for (const [start, end] of spans) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const before = text.slice(lineStart, start);
    if (before.trim() === '') {
      // A comment on a line of its own: the whole line goes.
      const nl = text.indexOf('\n', end);
      out += text.slice(last, lineStart);
      last = nl < 0 ? text.length : nl + 1;
    } else {
      let s = start;
      while (s > lineStart && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
      out += text.slice(last, s);
      last = end;
    }
  }
  out += text.slice(last);
  return out.replace(/^\n+/u, '');
}
