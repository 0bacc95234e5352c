// Turns a VS Code snippet into plain text for clients (and code actions) that cannot insert
// snippets. Every tab stop, placeholder, choice and variable becomes empty — never its default
// or first choice — so no value the user did not choose is written into a record; the emptied
// keys are then reported by validation. Trailing blanks left behind are trimmed.

export function snippetToPlain(snippet: string): string {
  let out = '';
  let i = 0;
  const n = snippet.length;

  // Skips a ${...} body starting after "${", honouring nesting and escapes; returns the index after "}".
  const skipBraced = (from: number): number => {
    let depth = 1;
    let j = from;
    while (j < n && depth > 0) {
      const c = snippet[j];
      if (c === '\\') j += 2;
      else if (c === '$' && snippet[j + 1] === '{') {
        depth++;
        j += 2;
      } else if (c === '}') {
        depth--;
        j++;
      } else j++;
    }
    return j;
  };

  while (i < n) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < n && '\\$}'.includes(snippet[i + 1])) {
      out += snippet[i + 1];
      i += 2;
    } else if (c === '$' && snippet[i + 1] === '{') {
      i = skipBraced(i + 2);
    } else if (c === '$' && /[0-9A-Za-z_]/.test(snippet[i + 1] ?? '')) {
      i++;
      while (i < n && /[0-9A-Za-z_]/.test(snippet[i])) i++;
    } else {
      out += c;
      i++;
    }
  }
  return trimLineEnds(out);
}

/** Trailing blanks removed from every line, \r kept (a loop: a regex would backtrack on long runs). */
function trimLineEnds(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const cr = line.endsWith('\r');
      let end = cr ? line.length - 1 : line.length;
      while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
      return line.slice(0, end) + (cr ? '\r' : '');
    })
    .join('\n');
}
