// The scanning half of the fast parse path (fast-parse.ts): lines, comments, scalars resolved
// by the `yaml` library's own tags, and one-line flow collections. Anything outside the subset
// throws DECLINE, and fast-parse.ts falls back to the full parse.
import { isScalar, type Document, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { foldLines } from './fast-fold';
import { newMap, newPair, newScalar, newSeq } from './fast-nodes';

/** Thrown to abandon the fast path; never escapes fast-parse.ts. */
export const DECLINE = new Error('outside the fast-path subset');

export const DOC_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;

interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  resolve: (str: string, onError: (msg: string) => void, options: object) => unknown;
}

export const SPACE = 32;
export const NEWLINE = 10;
export const CR = 13;

/** First characters a plain scalar may not start with here (YAML indicators, kept simple). */
export const PLAIN_START_FORBIDDEN = new Set([...'?:,[]{}#&*!|>\'"%@`']);

export class Scanner {
  protected pos = 0;
  protected readonly tags: ScalarTag[];
  protected readonly options: object;

  constructor(
    protected readonly text: string,
    protected readonly doc: Document,
  ) {
    this.tags = (doc.schema.tags as unknown as ScalarTag[]).filter((t) => t.default === true && t.test);
    this.options = doc.options;
  }

  // ---- lines ----

  /**
   * Index of the end of the line containing `at`: its line break ('\n', or the '\r' of a
   * '\r\n' — records saved on Windows) or the end of the text.
   */
  protected lineEnd(at: number): number {
    const i = this.text.indexOf('\n', at);
    if (i < 0) return this.text.length;
    return i > at && this.text.charCodeAt(i - 1) === CR ? i - 1 : i;
  }

  /** Just after the line break at `e` (a lineEnd), or `e` at the end of the text. */
  protected nextLine(e: number): number {
    if (e >= this.text.length) return e;
    return this.text.charCodeAt(e) === CR ? e + 2 : e + 1;
  }

  /** Just after the line's line break (or the end of the text). */
  protected afterLine(at: number): number {
    return this.nextLine(this.lineEnd(at));
  }

  protected indentAt(lineStart: number): number {
    let i = lineStart;
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i - lineStart;
  }

  /**
   * Skips blank and comment lines from `this.pos` (a line start). A comment must sit at the
   * indentation of the next content line (column 0 at the end): elsewhere the `yaml` library
   * folds it into neighbouring ranges, which this path does not model.
   * Returns the indentation of the next content line, or -1 at the end of the text.
   */
  protected skipTrivia(): number {
    const comments: number[] = [];
    while (this.pos < this.text.length) {
      const indent = this.indentAt(this.pos);
      const c = this.text.charCodeAt(this.pos + indent);
      if (c === NEWLINE || c === CR || this.pos + indent >= this.text.length) {
        this.pos = this.afterLine(this.pos);
        continue;
      }
      if (c === 35 /* # */) {
        comments.push(indent);
        this.pos = this.afterLine(this.pos);
        continue;
      }
      for (const ci of comments) if (ci !== indent) throw DECLINE;
      return indent;
    }
    for (const ci of comments) if (ci !== 0) throw DECLINE;
    return -1;
  }

  // ---- scalars ----

  protected plain(str: string, start: number, end: number, rangeEnd: number): Scalar {
    const tag = this.tags.find((t) => t.test!.test(str));
    let node: Scalar;
    if (tag) {
      const res = tag.resolve(
        str,
        () => {
          throw DECLINE;
        },
        this.options,
      );
      node = isScalar(res) ? (res as Scalar) : newScalar(res);
      if (tag.format) node.format = tag.format;
    } else node = newScalar(str);
    node.range = [start, end, rangeEnd];
    node.source = str;
    node.type = 'PLAIN';
    return node;
  }

  protected stringNode(value: string, type: Scalar.Type, range: [number, number, number]): Scalar {
    const node = newScalar(value);
    node.range = range;
    node.source = value;
    node.type = type;
    return node;
  }

  /**
   * A quoted scalar starting at `at`; returns the node (range[2] left for the caller) and the
   * index after it. On one line it must close before `lineEnd`; given `parentIndent` (a block
   * value) it may continue on lines indented deeper than that, folded as YAML folds them.
   */
  protected quoted(at: number, lineEnd: number, parentIndent?: number): { node: Scalar; end: number } {
    const q = this.text[at];
    const double = q === '"';
    let multiline = false;
    let i = at + 1;
    for (;;) {
      if (i >= lineEnd) {
        if (parentIndent === undefined || lineEnd >= this.text.length) throw DECLINE;
        // The string goes on: the next line must be blank or indented deeper than its parent.
        const next = this.nextLine(lineEnd);
        const e = this.lineEnd(next);
        const indent = this.indentAt(next);
        if (next + indent < e && indent <= parentIndent) throw DECLINE;
        multiline = true;
        i = next;
        lineEnd = e;
        continue;
      }
      const c = this.text[i];
      if (double && c === '\\') {
        // JSON's escapes mean the same in YAML; the others (\x, \U, \0, line folds…) decline.
        if (i + 1 >= lineEnd || !'"\\/bfnrtu'.includes(this.text[i + 1])) throw DECLINE;
        i += 2;
        continue;
      }
      if (c === q) {
        if (!double && this.text[i + 1] === "'") {
          i += 2;
          continue;
        }
        break;
      }
      i++;
    }
    const raw = this.text.slice(at + 1, i);
    let value: string;
    if (double) {
      try {
        value = JSON.parse(`"${multiline ? foldLines(raw).replace(/\n/g, '\\n') : raw}"`) as string;
      } catch {
        throw DECLINE;
      }
    } else value = (multiline ? foldLines(raw) : raw).replace(/''/g, "'");
    return { node: this.stringNode(value, double ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', [at, i + 1, i + 1]), end: i + 1 };
  }

  /** After a value on a block line: only spaces and a comment may follow. Returns range[2]. */
  protected endOfBlockLine(at: number, lineEnd: number): number {
    let i = at;
    while (i < lineEnd && this.text.charCodeAt(i) === SPACE) i++;
    if (i < lineEnd && (this.text[i] !== '#' || i === at)) throw DECLINE;
    return this.nextLine(lineEnd);
  }

  /** Where a comment starts on [from, lineEnd), or lineEnd. */
  protected commentStart(from: number, lineEnd: number): number {
    for (let i = from; i < lineEnd - 1; i++) {
      if (this.text.charCodeAt(i) === SPACE && this.text.charCodeAt(i + 1) === 35 /* # */) return i;
    }
    return lineEnd;
  }

  protected commentBetween(from: number, to: number): boolean {
    for (let p = from; p < to; p = this.afterLine(p)) {
      if (this.text.charCodeAt(p + this.indentAt(p)) === 35 /* # */) return true;
    }
    return false;
  }

  protected skipSpaces(i: number): number {
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

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

  // ---- block keys ----

  /** Column of the ": " (or final ":") separating a block key at `at`, or -1 for no key. */
  protected keySeparator(at: number, lineEnd: number): number {
    const c = this.text[at];
    if (c === '"' || c === "'" || c === '[' || c === '{') return -1;
    const stop = this.commentStart(at, lineEnd);
    for (let i = at; i < stop; i++) {
      if (this.text[i] === ':' && (i + 1 === stop || this.text.charCodeAt(i + 1) === SPACE)) return i;
    }
    return -1;
  }
}
