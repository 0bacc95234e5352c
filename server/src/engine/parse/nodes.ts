// Finding YAML nodes by data path and by text offset.
import { isMap, isPair, isScalar, isSeq, isNode, type Node, type Pair, type Document } from 'yaml';
import type { Span } from '../types';

export type PathSegment = string | number;

export function nodeSpan(node: unknown): Span | undefined {
  if (isNode(node) && node.range) return [node.range[0], node.range[1]];
  return undefined;
}

/** Maps up to this many keys are searched, larger ones indexed. */
const SMALL_MAP = 12;
/** Key → pair of each larger map, built once: a linear search per lookup is quadratic on a map of 10,000 keys. */
const pairIndex = new WeakMap<object, { items: unknown[]; length: number; byKey: Map<unknown, Pair> }>();

/** The pair holding `key` in a map node, if any; the last one when a key repeats, as in the data. */
export function pairOf(map: unknown, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  const items = map.items;
  // A record's maps are small: looking through them costs less than indexing them.
  if (items.length <= SMALL_MAP) {
    for (let i = items.length - 1; i >= 0; i--) {
      const k = items[i].key;
      if ((isScalar(k) ? k.value : k) === key) return items[i] as Pair;
    }
    return undefined;
  }
  let index = pairIndex.get(map);
  if (!index || index.items !== map.items || index.length !== map.items.length) {
    const byKey = new Map<unknown, Pair>();
    for (const item of map.items) byKey.set(isScalar(item.key) ? item.key.value : item.key, item as Pair);
    index = { items: map.items, length: map.items.length, byKey };
    pairIndex.set(map, index);
  }
  return index.byKey.get(key);
}

export interface Located {
  node: Node | null;
  /** The pair whose value is `node`, when the last segment is a key. */
  pair?: Pair;
  /** The deepest node actually found (for paths that go further than the data). */
  deepest: Node | null;
  deepestPair?: Pair;
}

/** Follows a data path (["statistics", 0, "value"]) through the AST. */
export function locate(doc: Document, path: readonly PathSegment[]): Located {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  let deepest = (isNode(node) ? node : null) as Node | null;
  let deepestPair: Pair | undefined;
  for (const seg of path) {
    if (typeof seg === 'number' && isSeq(node)) {
      node = node.items[seg];
      pair = undefined;
    } else if (isMap(node)) {
      pair = pairOf(node, String(seg));
      node = pair?.value;
    } else {
      return { node: null, deepest, deepestPair };
    }
    if (node === undefined) return { node: null, deepest, deepestPair };
    if (isNode(node)) {
      deepest = node;
      deepestPair = pair;
    } else if (pair) {
      // "key:" with no value: the pair exists, its value is null.
      deepestPair = pair;
    }
  }
  return { node: isNode(node) ? node : null, pair, deepest, deepestPair };
}

/** Span of a pair's key, or of the node itself. */
export function keySpan(pair: Pair | undefined): Span | undefined {
  return pair ? nodeSpan(pair.key) : undefined;
}

export interface PathStep {
  /** Data path to the innermost node around the offset. */
  path: PathSegment[];
  /** The innermost node. */
  node: Node | null;
  /** The enclosing pair, when the offset is in a pair's key or value. */
  pair?: Pair;
  /** Whether the offset is inside the key of `pair`. */
  inKey: boolean;
}

function within(span: Span | undefined, offset: number): boolean {
  return !!span && offset >= span[0] && offset <= span[1];
}

/** The data path and node at a text offset. */
export function pathAt(doc: Document, offset: number): PathStep {
  const path: PathSegment[] = [];
  let node: unknown = doc.contents;
  let result: PathStep = { path: [], node: isNode(node) ? node : null, inKey: false };
  for (let guard = 0; guard < 1000; guard++) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const ks = nodeSpan(p.key);
        const vs = isNode(p.value) && p.value.range ? ([p.key && isNode(p.key) ? p.key.range![0] : p.value.range[0], p.value.range[2]] as Span) : ks;
        return within(ks, offset) || within(vs, offset);
      });
      if (!pair || !isPair(pair)) return result;
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      path.push(key);
      const inKey = within(nodeSpan(pair.key), offset);
      result = { path: [...path], node: isNode(pair.value) ? pair.value : null, pair, inKey };
      if (inKey) return result;
      node = pair.value;
    } else if (isSeq(node)) {
      const idx = node.items.findIndex((it) => isNode(it) && it.range && offset >= it.range[0] && offset <= it.range[2]);
      if (idx < 0) return result;
      path.push(idx);
      const item = node.items[idx];
      result = { path: [...path], node: isNode(item) ? item : null, inKey: false };
      node = item;
    } else {
      return result;
    }
  }
  return result;
}
