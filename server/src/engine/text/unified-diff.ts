// A unified diff (as `diff -u` prints it) between two texts, for `--fix-dry-run`. Fixes touch
// a few lines, so the common head and tail are cut first and a plain LCS runs on the middle.
const CONTEXT = 3;

function splitLines(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

type Op = { kind: ' ' | '-' | '+'; line: string };

function diffLines(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  const ops: Op[] = a.slice(0, head).map((line) => ({ kind: ' ', line }));
  if (am.length * bm.length > 4_000_000) {
    ops.push(...am.map((line): Op => ({ kind: '-', line })), ...bm.map((line): Op => ({ kind: '+', line })));
  } else {
    const n = am.length;
    const m = bm.length;
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--) lcs[i][j] = am[i] === bm[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && am[i] === bm[j]) {
        ops.push({ kind: ' ', line: am[i++] });
        j++;
      } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ kind: '-', line: am[i++] });
      else ops.push({ kind: '+', line: bm[j++] });
    }
  }
  ops.push(...a.slice(a.length - tail).map((line): Op => ({ kind: ' ', line })));
  return ops;
}

const show = (op: Op) => op.kind + (op.line.endsWith('\n') ? op.line : op.line + '\n\\ No newline at end of file\n');

/** The diff of `before` → `after` with `---`/`+++` headers; '' when they are equal. */
export function unifiedDiff(before: string, after: string, oldName: string, newName = oldName): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  let out = `--- ${oldName}\n+++ ${newName}\n`;
  let k = 0;
  while (k < ops.length) {
    if (ops[k].kind === ' ') {
      k++;
      continue;
    }
    // A hunk: from CONTEXT lines before this change to CONTEXT after the last change near it.
    const start = Math.max(0, k - CONTEXT);
    let end = k;
    for (let q = k; q < ops.length; q++) {
      if (ops[q].kind !== ' ') end = q;
      else if (q - end > 2 * CONTEXT) break;
    }
    const stop = Math.min(ops.length, end + 1 + CONTEXT);
    let oldLine = 1;
    let newLine = 1;
    for (let q = 0; q < start; q++) {
      if (ops[q].kind !== '+') oldLine++;
      if (ops[q].kind !== '-') newLine++;
    }
    const hunk = ops.slice(start, stop);
    const oldCount = hunk.filter((o) => o.kind !== '+').length;
    const newCount = hunk.filter((o) => o.kind !== '-').length;
    out += `@@ -${oldCount ? oldLine : oldLine - 1},${oldCount} +${newCount ? newLine : newLine - 1},${newCount} @@\n`;
    out += hunk.map(show).join('');
    k = stop;
  }
  return out;
}
