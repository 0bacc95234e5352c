// Where an item of the record starts (0-based line), so a face can reveal it in the editor.
import type { ParsedRecord } from '../parse/parse-record';
import { locate, nodeSpan, type PathSegment } from '../parse/nodes';

export type LineOf = (...path: PathSegment[]) => number | undefined;

/** The line of the key (or, for a list item, the item) a data path points at. */
export function lineFinder(record: ParsedRecord, docIndex = 0): LineOf {
  const doc = record.documents[docIndex]?.doc;
  return (...path) => {
    if (!doc) return undefined;
    const found = locate(doc, path);
    const span = (found.pair ? nodeSpan(found.pair.key) : undefined) ?? nodeSpan(found.node);
    return span ? record.lines.positionAt(span[0]).line : undefined;
  };
}
