// Walking the record schema along a data path (for hover, completion and error mapping).
import type { SchemaNode } from './annotations';
import type { PathSegment } from '../parse/nodes';
import { isObj } from '../model/record-view';

export class SchemaNav {
  constructor(readonly root: SchemaNode) {}

  resolve(node: SchemaNode | undefined): SchemaNode | undefined {
    let n = node;
    for (let i = 0; n?.$ref && i < 32; i++) {
      const m = /^#\/definitions\/(.+)$/.exec(n.$ref);
      n = m ? this.root.definitions?.[decodeURIComponent(m[1])] : undefined;
    }
    return n;
  }

  /**
   * The object schema in effect for `data` at a node: follows if/then/else with the data so
   * `chair: {absent: …}` gets the absent branch and a person otherwise.
   */
  effective(node: SchemaNode | undefined, data: unknown): SchemaNode | undefined {
    const n = this.resolve(node);
    if (!n) return undefined;
    if (n.if) {
      const cond = this.resolve(n.if);
      const req = cond?.required ?? [];
      const holds = isObj(data) && req.every((k) => Object.prototype.hasOwnProperty.call(data, k));
      const branch = this.resolve(holds ? n.then : n.else);
      if (branch) return this.effective(branch, data);
    }
    return n;
  }

  /** The schema of the value at `path`, given the document's data. */
  at(path: readonly PathSegment[], data: unknown): SchemaNode | undefined {
    let node = this.effective(this.root, data);
    let cur: unknown = data;
    for (const seg of path) {
      if (!node) return undefined;
      if (typeof seg === 'number') {
        node = this.resolve(node.items);
        cur = Array.isArray(cur) ? cur[seg] : undefined;
      } else {
        const prop = node.properties?.[seg];
        node = prop ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
        cur = isObj(cur) ? cur[seg] : undefined;
      }
      node = this.effective(node, cur);
    }
    return node;
  }

  /** The first sentence block of a description in the locale ("vi — en"). */
  static describe(node: SchemaNode | undefined, locale: 'vi' | 'en'): string | undefined {
    const d = node?.description;
    if (!d) return undefined;
    const parts = d.split(' — ');
    if (parts.length < 2) return d;
    return locale === 'en' ? parts.slice(1).join(' — ') : parts[0];
  }
}
