// The `yaml` parser recurses once per nesting level and aborts the whole process (not a
// catchable error) somewhere above ~1,000 levels. Records nest a handful of levels, so text that
// nests deeper than MAX_DEPTH is refused before it reaches the parser.

export const MAX_DEPTH = 200;

/** Returns the offset of the first line that exceeds the nesting limit, or -1. */
export function findExcessiveNesting(text: string, maxDepth = MAX_DEPTH): number {
  const indents: number[] = [];
  let flow = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    const indent = i - lineStart;
    const first = text[i];
    if (i < lineEnd && first !== '#' && first !== '\r' && flow === 0) {
      while (indents.length && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
    }
    // "- - - x" nests one level per dash on a single line.
    let dashes = 0;
    while (i + 1 < lineEnd && text[i] === '-' && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
      dashes++;
      i += 2;
      while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    }
    let quote = '';
    for (let j = i; j < lineEnd; j++) {
      const c = text[j];
      if (quote) {
        if (c === quote) quote = '';
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (j === lineStart || /\s/.test(text[j - 1]))) break;
      else if (c === '[' || c === '{') flow++;
      else if ((c === ']' || c === '}') && flow > 0) flow--;
      if (flow + indents.length + dashes > maxDepth) return j;
    }
    if (flow + indents.length + dashes > maxDepth) return lineStart;
    lineStart = lineEnd + 1;
  }
  return -1;
}
