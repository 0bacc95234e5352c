// The draft as YAML: the record in block style, each drafted item with a comment quoting the text
// it came from ("# ← «Ngày 26-2»"), a header saying how to check it, and the placeholders left.
import { Document, isMap, isPair, isScalar, isSeq, Scalar, type Node } from 'yaml';
import type { Draft, Path } from './types';

/** Comments the drafter writes start with one of these; `stripDraftComments` removes only them. */
export const SOURCE_MARK = '←';
export const HEADER_MARK = '✎';
const QUOTE_MAX = 72;

export function quote(text: string, span: readonly [number, number]): string {
  const t = text.slice(span[0], span[1]).replace(/\s+/gu, ' ').trim();
  return `«${t.length > QUOTE_MAX ? t.slice(0, QUOTE_MAX - 1).trimEnd() + '…' : t}»`;
}

export function writeDraft(draft: Draft, text: string, sourceName?: string): string {
  const doc = new Document(draft.record);
  const header = [
    ` ${HEADER_MARK} Bản nháp lập từ bài báo${sourceName ? ` ${sourceName}` : ''}: mỗi mục ghi câu nguồn sau "${SOURCE_MARK}".`,
    ` ${HEADER_MARK} Draft from an article: each item quotes its source after "${SOURCE_MARK}". Check every item, then`,
    ` ${HEADER_MARK} remove these comments with \`briefing draft --strip-comments FILE\`.`,
  ];
  if (draft.placeholders.length)
    header.push(` ${HEADER_MARK} Còn ${draft.placeholders.length} chỗ "<cần điền: …>" — ${draft.placeholders.length} placeholder(s) to fill.`);
  doc.commentBefore = header.join('\n');
  for (const p of draft.provenance) {
    const comment = ` ${SOURCE_MARK} ${quote(text, p.span as [number, number])}${p.note ? ` (${p.note})` : ''}`;
    attach(doc, p.path, comment);
  }
  const directives = doc.get('directives', true);
  if (isSeq(directives)) {
    for (const item of directives.items) {
      const text = isMap(item) ? item.get('text', true) : undefined;
      if (isScalar(text) && String(text.value).length > 80) text.type = Scalar.BLOCK_FOLDED;
    }
  }
  return doc.toString({ lineWidth: 100, minContentWidth: 40 });
}

/** A scalar's comment goes on its line; a map or list item gets a comment line above it. */
function attach(doc: Document, path: Path, comment: string): void {
  const node = doc.getIn(path, true) as Node | undefined;
  if (!node) return;
  if (isScalar(node)) {
    node.comment = node.comment ? `${node.comment};${comment}` : comment;
    return;
  }
  if (typeof path[path.length - 1] === 'number') {
    node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${comment}` : comment;
    return;
  }
  // A mapping under a key (chair:, target:): the comment goes above the key.
  const parent = path.length > 1 ? (doc.getIn(path.slice(0, -1), true) as Node | undefined) : doc.contents;
  if (!isMap(parent)) return;
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === path[path.length - 1]);
  if (pair && isScalar(pair.key)) pair.key.commentBefore = pair.key.commentBefore ? `${pair.key.commentBefore}\n${comment}` : comment;
}
