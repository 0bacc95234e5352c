// Text inserted for a key: "key: " for a scalar, or a snippet that also fills the required
// children of an object or the first item of a list. The schema's own defaultSnippets win.
import type { SchemaNode } from '../../schema/annotations';
import { valueSnippet } from '../../schema/snippets';
import { isObj } from '../../model/record-view';
import { refChain, resolveSchema, typeOf, annotation } from '../../schema/schema-path';

/** A defaultSnippets body (object, list or scalar) as YAML lines for keys at column `indent`. */
export function bodyText(body: unknown, indent: number): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(body)) return body.map((item) => `\n${pad}- ${isObj(item) ? bodyText(item, indent + 2).replace(/^\n\s*/, '') : String(item)}`).join('');
  if (isObj(body)) {
    return Object.entries(body)
      .map(([k, v]) => `\n${pad}${k}:${isObj(v) || Array.isArray(v) ? bodyText(v, indent + 2) : ` ${String(v)}`}`)
      .join('');
  }
  return ` ${String(body)}`;
}

/** The defaultSnippets (with a body) along a node's reference chain. */
export function defaultBodies(root: SchemaNode, node: SchemaNode | undefined): { label?: string; description?: string; body: unknown }[] {
  const snippets = annotation(refChain(root, node), 'defaultSnippets') ?? [];
  return snippets.filter((s) => s.body !== undefined).map((s) => ({ label: s.label, description: s.description, body: s.body }));
}

/**
 * What follows "key:" for a key at column `col` whose schema is `raw`: a snippet body (starting
 * with a newline or a space), or undefined for a scalar (plain "key: ").
 */
export function keyValueSnippet(root: SchemaNode, raw: SchemaNode | undefined, col: number, body?: unknown): string | undefined {
  const node = resolveSchema(root, raw);
  const type = typeOf(node);
  if (type !== 'object' && type !== 'array') return undefined;
  if (body !== undefined) return bodyText(body, col + 2);
  if (type === 'array') {
    const item = resolveSchema(root, node?.items);
    const itemBody = defaultBodies(root, node?.items)[0]?.body;
    if (itemBody !== undefined && typeOf(item) === 'object') return `\n${' '.repeat(col + 2)}- ${bodyText(itemBody, col + 4).replace(/^\n\s*/, '')}`;
  }
  if (type === 'object' && !(node?.required ?? []).length) return `\n${' '.repeat(col + 2)}\${1}`;
  return valueSnippet(raw, col, { n: 1 }, (s) => resolveSchema(root, s));
}
