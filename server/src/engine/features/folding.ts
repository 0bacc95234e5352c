// Folding ranges: every block mapping or sequence (and block scalar) that spans lines, from the
// line of its key or "- " to its last line; runs of two or more comment lines. One range per
// start line.
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { ParsedRecord } from '../parse/parse-record';
import type { FoldingRange } from './types';

export function foldingRanges(record: ParsedRecord): FoldingRange[] {
  const out: FoldingRange[] = [];
  const text = record.text;
  const lineOf = (offset: number) => record.lines.positionAt(offset).line;
  /** Last line of a node's value, without trailing blank lines. */
  const endLine = (node: Node): number => {
    let e = Math.min(node.range![1], text.length);
    while (e > node.range![0] && /\s/.test(text[e - 1])) e--;
    return lineOf(Math.max(node.range![0], e - 1));
  };
  const foldable = (n: unknown): n is Node =>
    (isMap(n) || isSeq(n) || (isScalar(n) && (n.type === 'BLOCK_LITERAL' || n.type === 'BLOCK_FOLDED'))) && !!(n as Node).range;
  const add = (start: number, node: Node) => {
    const end = endLine(node);
    if (end > start) out.push({ startLine: start, endLine: end });
  };
  const visit = (node: unknown, depth: number) => {
    if (depth > 200) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        if (foldable(pair.value) && key?.range) add(lineOf(key.range[0]), pair.value);
        visit(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        if (foldable(item) && !isScalar(item)) add(lineOf(item.range![0]), item);
        visit(item, depth + 1);
      }
    }
  };
  for (const d of record.documents) visit(d.doc.contents, 0);

  // Comment blocks.
  let start = -1;
  for (let i = 0; i <= record.lines.lineCount; i++) {
    const isComment = i < record.lines.lineCount && /^\s*#/.test(record.lines.lineText(i));
    if (isComment && start < 0) start = i;
    if (!isComment && start >= 0) {
      if (i - 1 > start) out.push({ startLine: start, endLine: i - 1, kind: 'comment' });
      start = -1;
    }
  }
  // Editors keep one range per start line: the longest.
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return out.filter((r, i) => i === 0 || out[i - 1].startLine !== r.startLine);
}
