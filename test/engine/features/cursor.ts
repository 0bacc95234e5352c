// Test input with a cursor: "|" marks the position; the record is parsed without the marker.
import type { Engine, ParsedRecord, Position, TextEdit } from '../../../server/src/engine';
import { applyEdits } from '../../../server/src/engine';
import type { CompletionItem } from '../../../server/src/engine/features/types';

export function at(engine: Engine, marked: string): { record: ParsedRecord; position: Position; text: string } {
  const i = marked.indexOf('|');
  if (i < 0) throw new Error('no cursor marker');
  const text = marked.slice(0, i) + marked.slice(i + 1);
  const record = engine.parse(text, 'file:///test.briefing.yaml', 1);
  return { record, position: record.lines.positionAt(i), text };
}

/** The text after accepting an item (its edit and additional edits; snippet text as is). */
export function accept(text: string, item: CompletionItem): string {
  const edits: TextEdit[] = [item.textEdit, ...(item.additionalTextEdits ?? [])];
  return applyEdits(text, edits);
}

export function range(line: number, start: number, end = start, endLine = line) {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}
