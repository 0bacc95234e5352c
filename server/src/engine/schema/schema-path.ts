// The record schema along a data path, for error mapping, completion and hover. Unlike a plain definitions
// lookup it follows JSON-pointer references ("#/definitions/person/properties/rank", used by
// the participant definition) and keeps the chain of nodes a reference passes through, because
// the descriptions and examples that fit a place sit on the outer nodes.
import type { SchemaNode } from './annotations';
import type { PathSegment } from '../parse/nodes';
import { isObj } from '../model/record-view';
import type { Locale } from '../types';

export interface SchemaAt {
  /** The nodes from the property (or item) schema through its references to the target. */
  chain: SchemaNode[];
  /** The resolved schema in effect (if/then/else applied with the data). */
  node: SchemaNode | undefined;
  /** The resolved schema of the parent object, when the last segment is a key. */
  parent?: SchemaNode;
}

function pointer(root: SchemaNode, ref: string): SchemaNode | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let cur: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const seg = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    cur = isObj(cur) ? cur[seg] : undefined;
  }
  return isObj(cur) ? (cur as SchemaNode) : undefined;
}

/** The nodes a reference chain passes through, the node itself first. */
export function refChain(root: SchemaNode, node: SchemaNode | undefined): SchemaNode[] {
  const out: SchemaNode[] = [];
  let n = node;
  for (let i = 0; n && i < 32; i++) {
    out.push(n);
    n = n.$ref ? pointer(root, n.$ref) : undefined;
  }
  return out;
}

export function resolveSchema(root: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  const chain = refChain(root, node);
  return chain[chain.length - 1];
}

/** The object schema in effect for `data`: if/then/else follows the data's keys. */
export function effectiveSchema(root: SchemaNode, node: SchemaNode | undefined, data: unknown): SchemaNode | undefined {
  const n = resolveSchema(root, node);
  if (!n?.if) return n;
  const branch = ifHolds(root, n.if, data) ? n.then : n.else;
  if (!branch) return n;
  // A branch with its own type is the whole schema (chair: absent, or a person); one without
  // only adds constraints (a statistic needs value when it has no comparisons).
  const whole = resolveSchema(root, branch);
  if (whole?.type !== undefined || whole?.$ref !== undefined) return effectiveSchema(root, branch, data) ?? n;
  return { ...n, required: [...(n.required ?? []), ...(whole?.required ?? [])] };
}

/** Whether the data has the keys an if-schema requires (or, under "not", lacks them). */
function ifHolds(root: SchemaNode, cond: SchemaNode, data: unknown): boolean {
  const c = resolveSchema(root, cond);
  const has = (req: readonly string[]) => isObj(data) && req.every((k) => Object.prototype.hasOwnProperty.call(data, k));
  if (c?.not) return !has(resolveSchema(root, c.not)?.required ?? []);
  if (!has(c?.required ?? [])) return false;
  // An enum condition on a key ("kind: nội bộ"): the data's value must be one of them.
  for (const [k, sub] of Object.entries(c?.properties ?? {})) {
    const allowed = isObj(sub) ? (sub as SchemaNode).enum : undefined;
    if (Array.isArray(allowed) && isObj(data) && !allowed.includes(data[k])) return false;
  }
  return true;
}

/** The schema at a data path; indexes and keys that the data lacks are followed in the schema only. */
export function schemaAt(root: SchemaNode, path: readonly PathSegment[], data: unknown): SchemaAt {
  let node = effectiveSchema(root, root, data);
  let chain: SchemaNode[] = [root];
  let parent: SchemaNode | undefined;
  let cur = data;
  for (const seg of path) {
    if (!node) return { chain: [], node: undefined };
    parent = typeof seg === 'number' ? undefined : node;
    let raw: SchemaNode | undefined;
    if (typeof seg === 'number') {
      raw = node.items;
      cur = Array.isArray(cur) ? cur[seg] : undefined;
    } else {
      raw = node.properties?.[seg] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
      cur = isObj(cur) ? cur[seg] : undefined;
    }
    chain = refChain(root, raw);
    node = effectiveSchema(root, raw, cur);
  }
  return { chain, node, parent };
}

/** The first value of an annotation along a chain (outer nodes win). */
export function annotation<K extends keyof SchemaNode>(chain: readonly SchemaNode[], key: K): SchemaNode[K] | undefined {
  for (const n of chain) if (n[key] !== undefined) return n[key];
  return undefined;
}

/** The locale's part of a bilingual "vi — en" text, paragraph by paragraph. */
export function localized(text: string | undefined, locale: Locale): string | undefined {
  if (text === undefined) return undefined;
  return text
    .split('\n\n')
    .map((p) => {
      const parts = p.split(' — ');
      if (parts.length < 2) return p;
      return locale === 'en' ? parts.slice(1).join(' — ') : parts[0];
    })
    .join('\n\n');
}

export function typeOf(node: SchemaNode | undefined): string | undefined {
  if (!node) return undefined;
  if (Array.isArray(node.type)) return node.type[0];
  if (node.type) return node.type;
  return node.properties ? 'object' : node.items ? 'array' : undefined;
}

/** A person-like mapping (chair, participant, chaired_by): has name, rank and positions. */
export function isPersonSchema(node: SchemaNode | undefined): boolean {
  const p = node?.properties;
  return !!p && 'name' in p && 'rank' in p && 'positions' in p;
}
