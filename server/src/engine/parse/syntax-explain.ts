// The parser reports where it noticed a problem, which is not always where the writer made it.
// Two common cases are moved to their cause: an unclosed quote (noticed at the end of the file,
// made at the opening quote) and an over-indented line (noticed as "two ':' on one line", made
// by the extra spaces).
import type { Span } from '../types';
import type { LineIndex } from '../text/lines';

export interface Explained {
  span: Span;
  messageId: string;
  args?: Record<string, string | number>;
}

const KEY_WITH_VALUE = /^(\s*)(?:-\s+)?([^\s:#'"][^:#]*?):\s+[^\s#|>]/;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The opening quote of a quoted value that is not closed on its own line, if any. */
export function unclosedQuote(text: string): number | undefined {
  let offset = 0;
  for (const line of text.split('\n')) {
    const m = /^(\s*(?:-\s+)?(?:[^\s:#'"][^:#]*:\s+)?)(["'])/.exec(line);
    if (m) {
      const q = m[2];
      const rest = line.slice(m[1].length + 1);
      const closed = q === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : rest.replace(/''/g, '').includes("'");
      if (!closed) return offset + m[1].length;
    }
    offset += line.length + 1;
  }
  return undefined;
}

/** An over-indented line at `offset`: deeper than the line above, which already has its value. */
export function overIndented(text: string, lines: LineIndex, offset: number): Explained | undefined {
  const all = text.split('\n');
  const at = lines.positionAt(offset).line;
  // The parser points at the value above ("rank: Đại tướng") or at the deeper line itself.
  return overIndentedLine(all, lines, at + 1) ?? overIndentedLine(all, lines, at);
}

function overIndentedLine(all: string[], lines: LineIndex, n: number): Explained | undefined {
  const line = all[n];
  if (line === undefined || line.trim() === '' || !/^\s*[^\s:#][^:#]*:(\s|$)/.test(line)) return undefined;
  let p = n - 1;
  while (p >= 0 && (all[p].trim() === '' || all[p].trim().startsWith('#'))) p--;
  if (p < 0) return undefined;
  const above = KEY_WITH_VALUE.exec(all[p]);
  if (!above || indentOf(line) <= indentOf(all[p])) return undefined;
  const start = lines.offsetAt({ line: n, character: indentOf(line) });
  const keyEnd = start + line.trimStart().indexOf(':');
  const column = indentOf(all[p]) + (all[p].trimStart().startsWith('-') ? all[p].trimStart().length - all[p].trimStart().replace(/^-\s+/, '').length : 0);
  return {
    span: [lines.offsetAt({ line: n, character: 0 }), keyEnd],
    messageId: 'overIndented',
    args: { key: above[2].trim(), have: indentOf(line), want: column },
  };
}
