// Text to insert for a key the schema requires (a VS Code snippet that also fills the key's own
// required children), placed after the parent's last entry with the parent's indentation.
import { isMap, type Document } from 'yaml';
import { locate, type PathSegment } from '../parse/nodes';
import type { SchemaNode } from './annotations';
import type { Span } from '../types';

export function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, (c) => '\\' + c);
}

/** The snippet for a value of this schema at an indentation (in spaces), with tab stops from `next`. */
export function valueSnippet(
  schema: SchemaNode | undefined,
  indent: number,
  counter = { n: 1 },
  resolve: (s: SchemaNode | undefined) => SchemaNode | undefined = (s) => s,
): string {
  const s = resolve(schema);
  if (!s) return ` \${${counter.n++}}`;
  if (s.enum && s.enum.length) return ` \${${counter.n++}|${s.enum.map((e) => String(e).replace(/[,|]/g, '\\$&')).join(',')}|}`;
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'object' || s.properties) {
    const req = s.required ?? [];
    if (req.length === 0) return ` {}`;
    const pad = ' '.repeat(indent + 2);
    return req.map((k) => `\n${pad}${k}:${valueSnippet(s.properties?.[k], indent + 2, counter, resolve)}`).join('');
  }
  if (type === 'array') {
    const pad = ' '.repeat(indent + 2);
    const item = resolve(s.items);
    const itemType = Array.isArray(item?.type) ? item?.type[0] : item?.type;
    if (item && (itemType === 'object' || item.properties)) {
      const inner = valueSnippet(item, indent + 2, counter, resolve).replace(/^\n\s*/, '');
      return `\n${pad}- ${inner}`;
    }
    return `\n${pad}- \${${counter.n++}}`;
  }
  const ex = s.examples?.[0];
  return ex !== undefined && typeof ex !== 'object' ? ` \${${counter.n++}:${escapeSnippet(String(ex))}}` : ` \${${counter.n++}}`;
}

/** Where a new key of the block map at `path` goes (end of its last line) and its indentation. */
export function insertionPoint(doc: Document, text: string, path: PathSegment[]): { at: number; indent: number; nl: string } | undefined {
  const map = path.length === 0 ? doc.contents : locate(doc, path).node;
  if (!isMap(map) || map.items.length === 0 || !map.range || map.flow) return undefined;
  const first = map.items[0].key as { range?: [number, number, number] } | null;
  const firstStart = first?.range?.[0] ?? map.range[0];
  const lineStart = text.lastIndexOf('\n', firstStart - 1) + 1;
  const indent = firstStart - lineStart;
  let end = map.range[1];
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  const eol = text.indexOf('\n', end);
  const at = eol < 0 ? text.length : eol > 0 && text[eol - 1] === '\r' ? eol - 1 : eol;
  // The line break of the map's own first line: searching the whole text would cost a pass over
  // a file of many documents for every document.
  const firstEol = text.indexOf('\n', firstStart);
  return { at, indent, nl: firstEol > 0 && text[firstEol - 1] === '\r' ? '\r\n' : '\n' };
}

/** An insertion edit adding `key: value` (plain text) to the block map at `path`. */
export function insertKey(doc: Document, text: string, path: PathSegment[], key: string, value: string): { span: Span; newText: string } | undefined {
  const p = insertionPoint(doc, text, path);
  return p && { span: [p.at, p.at], newText: `${p.nl}${' '.repeat(p.indent)}${key}: ${value}` };
}

/** A snippet insertion adding `key` (and its required children) to the block map at `path`. */
export function snippetForKey(
  doc: Document,
  text: string,
  path: PathSegment[],
  key: string,
  keySchema: SchemaNode | undefined,
  resolve?: (s: SchemaNode | undefined) => SchemaNode | undefined,
): { span: Span; newText: string } | undefined {
  const p = insertionPoint(doc, text, path);
  if (!p) return undefined;
  const body = `${key}:${valueSnippet(keySchema, p.indent, { n: 1 }, resolve)}`.replace(/\n/g, p.nl);
  return { span: [p.at, p.at], newText: `${p.nl}${' '.repeat(p.indent)}${body}` };
}
