// The line folding of a quoted scalar written over several lines (the fast parse path).

/**
 * The line folding of a quoted scalar's text over several lines: spaces around each line break
 * go, a single break becomes a space, and n + 1 breaks (blank lines) become n newlines.
 */
export function foldLines(raw: string): string {
  const lines = raw.split(/\r?\n/);
  let out = lines[0].replace(/ +$/, '');
  let blank = 0;
  for (let k = 1; k < lines.length; k++) {
    const last = k === lines.length - 1;
    const line = last ? lines[k].replace(/^ +/, '') : lines[k].replace(/^ +| +$/g, '');
    if (line === '' && !last) {
      blank++;
      continue;
    }
    out += blank ? '\n'.repeat(blank) : ' ';
    out += line;
    blank = 0;
  }
  return out;
}
