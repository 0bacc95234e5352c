// The `yaml` parser recurses once per nesting level and aborts the whole process (not a
// catchable error) somewhere above ~1,000 levels. Records nest a handful of levels, so text that
// nests deeper than MAX_DEPTH is refused before it reaches the parser.

export const MAX_DEPTH = 200;

/**
 * A cheap bound first, in one pass: the depth never exceeds the deepest indentation + 1, plus
 * the flow brackets open on a line, plus one "- " per line — provided no flow collection goes
 * on past its line (every line closes what it opens, with no quote or comment that could hide
 * a bracket). Records stay far below the limit, so the exact scan below rarely runs.
 */
function cannotExceed(text: string, maxDepth: number): boolean {
  // (indentLimit + 1) + bracketLimit + 1 ≤ maxDepth
  const bracketLimit = Math.floor(maxDepth / 4);
  const indentLimit = Math.floor(maxDepth / 2) - 2;
  if (indentLimit < 0) return false;
  const isBlank = (c: number) => c === 32 || c === 9;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    let i = lineStart;
    while (text.charCodeAt(i) === 32) i++;
    if (i - lineStart > indentLimit) return false;
    // "- - x" nests twice on one line: leave that to the exact scan.
    if (text.charCodeAt(i) === 45 && isBlank(text.charCodeAt(i + 1))) {
      let j = i + 1;
      while (isBlank(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 45 && isBlank(text.charCodeAt(j + 1))) return false;
    }
    let open = 0;
    let opens = 0;
    let hidden = false;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 91 || c === 123) {
        open++;
        opens++;
      } else if (c === 93 || c === 125) {
        if (--open < 0) hidden = true;
      } else if (c === 34 || c === 39 || c === 35) hidden = true; // " ' #
    }
    if (opens > 0 && (open !== 0 || hidden || opens > bracketLimit)) return false;
    lineStart = end + 1;
  }
  return true;
}

/** Returns the offset of the first line that exceeds the nesting limit, or -1. */
export function findExcessiveNesting(text: string, maxDepth = MAX_DEPTH): number {
  return cannotExceed(text, maxDepth) ? -1 : scanNesting(text, maxDepth);
}

/** The exact scan, line by line (exported for the test that checks the bound above). */
export function scanNesting(text: string, maxDepth = MAX_DEPTH): number {
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
