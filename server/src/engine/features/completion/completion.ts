// Completion: keys the schema allows at the cursor, or values for the key at the cursor. The
// place is read from the text (see context.ts); the data for if/then/else and for
// the record's date comes from the record already parsed, never from a new parse.
import type { ParsedRecord, ParsedDocument } from '../../parse/parse-record';
import type { PathSegment } from '../../parse/nodes';
import type { Position } from '../../types';
import { cursorContext } from './context';
import { YamlLines } from './yaml-lines';
import { schemaAt, typeOf } from '../../schema/schema-path';
import { keyItems } from './keys';
import { valueItems } from './values';
import type { CompletionItem, FeatureHost, FeatureOptions } from '../types';

/** The document of a multi-document text that holds an offset (the first one otherwise). */
export function documentAt(record: ParsedRecord, offset: number): ParsedDocument | undefined {
  for (const d of record.documents) {
    const r = d.doc.range;
    if (r && offset >= r[0] && offset <= r[2]) return d;
  }
  return record.documents[0];
}

export function complete(host: FeatureHost, record: ParsedRecord, position: Position, options: FeatureOptions = {}): CompletionItem[] {
  const locale = options.locale ?? 'vi';
  const lines = new YamlLines(record);
  if (position.line < 0 || position.line >= lines.count) return [];
  const data = documentAt(record, record.lines.offsetAt(position))?.value;
  const root = host.schemaNav.root;
  const itemIsMapping = (path: PathSegment[]) => typeOf(schemaAt(root, path, data).node) === 'object';
  const ctx = cursorContext(lines, position, itemIsMapping);
  if (!ctx) return [];
  if (ctx.kind === 'key') {
    const present = lines.siblingKeys(ctx.line, ctx.col);
    return keyItems(root, ctx, present, data, record.lines.range(ctx.span), locale);
  }
  return valueItems(host, lines, ctx, data, locale);
}
