// The fast parse path's flow collections (fast-parse.ts): `[a, b]` and `{ k: v }` on one line,
// items plain or quoted scalars or nested flow collections. Anything else throws DECLINE.
import type { Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { newMap, newPair, newSeq } from './fast-nodes';
import { DECLINE, PLAIN_START_FORBIDDEN, SPACE, Scanner } from './fast-scan';

export class FlowScanner extends Scanner {
  protected flow(at: number, lineEnd: number): { node: YAMLMap | YAMLSeq; value: unknown; end: number } {
    const isMap = this.text[at] === '{';
    const close = isMap ? '}' : ']';
    const node = isMap ? newMap() : newSeq();
    node.flow = true;
    const obj: Record<string, unknown> = {};
    const arr: unknown[] = [];
    let i = this.skipSpaces(at + 1);
    if (this.text[i] !== close) {
      for (;;) {
        if (i >= lineEnd) throw DECLINE;
        if (isMap) {
          const key = this.flowScalar(i, lineEnd, true);
          if (this.text[key.end] !== ':' || this.text.charCodeAt(key.end + 1) !== SPACE) throw DECLINE;
          const k = key.node.value;
          if (typeof k !== 'string' || k === '__proto__' || Object.prototype.hasOwnProperty.call(obj, k)) throw DECLINE;
          const v = this.flowValue(this.skipSpaces(key.end + 1), lineEnd);
          (node as YAMLMap).items.push(newPair(key.node, v.node));
          obj[k] = v.value;
          i = v.end;
        } else {
          const v = this.flowValue(i, lineEnd);
          (node as YAMLSeq).items.push(v.node);
          arr.push(v.value);
          i = v.end;
        }
        if (this.text[i] === ',') {
          i = this.skipSpaces(i + 1);
          if (this.text[i] === close || this.text[i] === ',') throw DECLINE;
          continue;
        }
        if (this.text[i] === close) break;
        throw DECLINE;
      }
    }
    const end = i + 1;
    node.range = [at, end, end];
    return { node, value: isMap ? obj : arr, end };
  }

  /** A flow item: scalar or nested collection; `end` is after its trailing spaces. */
  protected flowValue(at: number, lineEnd: number): { node: Node; value: unknown; end: number } {
    const c = this.text[at];
    if (c === '[' || c === '{') {
      const r = this.flow(at, lineEnd);
      const end = this.skipSpaces(r.end);
      r.node.range![2] = end;
      return { node: r.node, value: r.value, end };
    }
    const s = this.flowScalar(at, lineEnd, false);
    return { node: s.node, value: s.node.value, end: s.end };
  }

  protected flowScalar(at: number, lineEnd: number, isKey: boolean): { node: Scalar; end: number } {
    const c = this.text[at];
    if (c === '"' || c === "'") {
      const { node, end } = this.quoted(at, lineEnd);
      const after = this.skipSpaces(end);
      if (isKey && after !== end) throw DECLINE;
      node.range![2] = after;
      return { node, end: after };
    }
    if (PLAIN_START_FORBIDDEN.has(c) || c === '-' || c === undefined) throw DECLINE;
    let i = at;
    while (i < lineEnd) {
      const ch = this.text[i];
      if (ch === ',' || ch === ']' || ch === '}' || ch === '[' || ch === '{') break;
      if (ch === ':' && (this.text.charCodeAt(i + 1) === SPACE || this.text[i + 1] === ',' || this.text[i + 1] === ']' || this.text[i + 1] === '}')) break;
      if (ch === '#' && this.text.charCodeAt(i - 1) === SPACE) throw DECLINE;
      i++;
    }
    if (i >= lineEnd) throw DECLINE;
    let end = i;
    while (end > at && this.text.charCodeAt(end - 1) === SPACE) end--;
    if (end === at) throw DECLINE;
    if (isKey && end !== i) throw DECLINE;
    if (!isKey && this.text[i] === ':') throw DECLINE;
    const node = this.plain(this.text.slice(at, end), at, end, i);
    return { node, end: i };
  }
}
