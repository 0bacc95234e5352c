// Small lookups shared by rules: spans of values and keys by data path.
import type { Document } from 'yaml';
import { isScalar, parse } from 'yaml';
import { locate, keySpan, nodeSpan, pairOf, type Located, type PathSegment } from '../parse/nodes';
import type { Span } from '../types';

/** Span of the value at path; falls back to its key; undefined when absent. */
export function valueSpan(doc: Document, path: readonly PathSegment[]): Span | undefined {
  return locatedSpan(locate(doc, path));
}

/** Span of a value already located (as valueSpan gives it). */
export function locatedSpan(loc: Located): Span | undefined {
  return nodeSpan(loc.node) ?? keySpan(loc.pair);
}

/** valueSpan of `key` in a mapping node already located: no walk from the document's root again. */
export function valueSpanIn(map: unknown, key: string): Span | undefined {
  const pair = pairOf(map, key);
  return pair && pair.value !== undefined ? (nodeSpan(pair.value) ?? keySpan(pair)) : undefined;
}

export function keySpanAt(doc: Document, path: readonly PathSegment[]): Span | undefined {
  return keySpan(locate(doc, path).pair) ?? valueSpan(doc, path);
}

/** The source text of a plain scalar at path (e.g. "1.457" for a number YAML read as 1.457). */
export function scalarSource(doc: Document, path: readonly PathSegment[]): string | undefined {
  const node = locate(doc, path).node;
  return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
}

/** Text to write a string back as a YAML value at the same place, keeping the original quoting. */
export function yamlString(value: string, original?: string): string {
  if (original?.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  if (original?.startsWith('"')) return JSON.stringify(value);
  return readsBackAs(value) ? value : JSON.stringify(value);
}

/** Whether `value` written as a plain scalar reads back as the same string. */
function readsBackAs(value: string): boolean {
  if (value === '' || value !== value.trim() || /[\n\r]/.test(value)) return false;
  try {
    const back = parse(`k: ${value}\n`, { uniqueKeys: false }) as { k?: unknown } | null;
    return back?.k === value;
  } catch {
    return false;
  }
}

/** The edit that writes `value` over the scalar at span, in the scalar's own quoting style. */
export function replaceScalar(text: string, span: Span, value: string): { span: Span; newText: string } {
  return { span, newText: yamlString(value, text.slice(span[0], span[1])) };
}
