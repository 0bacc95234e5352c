// The fast parse path's flow collections (fast-parse.ts): `[a, b]` and `{ k: v }`, items plain or
// quoted scalars or nested flow collections, on one line or continued on the lines below when
// they are indented deeper than the block the collection sits in (`flowIndent`). Anything else
// (a comment inside, a plain scalar over two lines, a key and its value on two lines) throws DECLINE.
import type { Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { newMap, newPair, newSeq } from './fast-nodes';
import { DECLINE, PLAIN_START_FORBIDDEN, SPACE, Scanner } from './fast-scan';

export class FlowScanner extends Scanner {
  /** Lines of the collection being read must be indented deeper than this; undefined: one line only. */
  protected flowIndent: number | undefined;

  /** From `i`, past spaces and, where the collection may go on, line breaks and indentation: the next character. */
  protected flowSpace(i: number): number {
    for (;;) {
      i = this.skipSpaces(i);
      if (!this.atLineBreak(i) || this.flowIndent === undefined || i >= this.text.length) return i;
      i = this.nextLine(i);
      const indent = this.indentAt(i);
      if (this.atLineBreak(i + indent)) continue;
      if (indent <= this.flowIndent || this.text[i + indent] === '#') throw DECLINE;
      i += indent;
    }
  }

  protected flow(at: number): { node: YAMLMap | YAMLSeq; value: unknown; end: number } {
    this.enter();
    const isMap = this.text[at] === '{';
    const close = isMap ? '}' : ']';
    const node = isMap ? newMap() : newSeq();
    node.flow = true;
    const obj: Record<string, unknown> = {};
    const arr: unknown[] = [];
    let i = this.flowSpace(at + 1);
    if (this.text[i] !== close) {
      for (;;) {
        if (this.atLineBreak(i)) throw DECLINE;
        if (isMap) {
          const key = this.flowScalar(i, true);
          if (this.text[key.end] !== ':' || this.text.charCodeAt(key.end + 1) !== SPACE) throw DECLINE;
          const k = key.node.value;
          if (typeof k !== 'string' || k === '__proto__' || Object.prototype.hasOwnProperty.call(obj, k)) throw DECLINE;
          const valueAt = this.skipSpaces(key.end + 1);
          if (this.atLineBreak(valueAt)) throw DECLINE;
          const v = this.flowValue(valueAt);
          (node as YAMLMap).items.push(newPair(key.node, v.node));
          obj[k] = v.value;
          i = v.end;
        } else {
          const v = this.flowValue(i);
          (node as YAMLSeq).items.push(v.node);
          arr.push(v.value);
          i = v.end;
        }
        if (this.text[i] === ',') {
          i = this.flowSpace(i + 1);
          if (this.text[i] === close || this.text[i] === ',') throw DECLINE;
          continue;
        }
        if (this.text[i] === close) break;
        throw DECLINE;
      }
    }
    const end = i + 1;
    node.range = [at, end, end];
    this.depth--;
    return { node, value: isMap ? obj : arr, end };
  }

  /** A flow item: scalar or nested collection; `end` is where the next indicator is (after spaces, and line breaks where allowed). */
  protected flowValue(at: number): { node: Node; value: unknown; end: number } {
    const c = this.text[at];
    if (c === '[' || c === '{') {
      const r = this.flow(at);
      const end = this.flowSpace(r.end);
      r.node.range![2] = end;
      return { node: r.node, value: r.value, end };
    }
    const s = this.flowScalar(at, false);
    return { node: s.node, value: s.node.value, end: s.end };
  }

  protected flowScalar(at: number, isKey: boolean): { node: Scalar; end: number } {
    const lineEnd = this.lineEnd(at);
    const c = this.text[at];
    if (c === '"' || c === "'") {
      const { node, end } = this.quoted(at, lineEnd);
      const after = this.flowSpace(end);
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
    let end = i;
    while (end > at && this.text.charCodeAt(end - 1) === SPACE) end--;
    if (end === at) throw DECLINE;
    // At the line's end the item ends there, and the next line must go on with an indicator.
    if (i >= lineEnd) {
      if (isKey) throw DECLINE;
      i = this.flowSpace(lineEnd);
      const next = this.text[i];
      if (next !== ',' && next !== ']' && next !== '}') throw DECLINE;
    }
    if (isKey && end !== i) throw DECLINE;
    if (!isKey && this.text[i] === ':') throw DECLINE;
    const node = this.plain(this.text.slice(at, end), at, end, i);
    return { node, end: i };
  }
}
