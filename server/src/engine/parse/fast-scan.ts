// The scanning half of the fast parse path (fast-parse.ts): lines, comments, scalars resolved
// by the `yaml` library's own tags (flow collections: fast-flow.ts). Anything outside the subset
// throws DECLINE, and fast-parse.ts falls back to the full parse.
import { isScalar, type Document, type Node, type Scalar } from 'yaml';
import { foldLines } from './fast-fold';
import { newScalar } from './fast-nodes';

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

/**
 * Whether a plain scalar may be anything but a string in the YAML 1.2 core schema: null (empty,
 * ~, null), a boolean (true, false), an integer or a float start with one of these characters.
 * Most record values ("Công an tỉnh…", "Tô Lâm") do not, and skip the tags' regular expressions.
 */
export function mayBeTagged(str: string): boolean {
  return str === '' || CORE_FIRST.has(str.charCodeAt(0));
}

const CORE_FIRST = new Set([...'~nNtTfF+-.0123456789'].map((c) => c.charCodeAt(0)));

/** First characters a plain scalar may not start with here (YAML indicators, kept simple). */
export const PLAIN_START_FORBIDDEN = new Set([...'?:,[]{}#&*!|>\'"%@`']);

/**
 * Collections nested deeper than this decline (records nest a handful of levels), far below the
 * depth guard's limit: a text the fast path reads never needs the guard (parse-record.ts).
 */
export const FAST_MAX_DEPTH = 48;

export class Scanner {
  protected pos = 0;
  /** Collections open at the current position. */
  protected depth = 0;
  protected readonly tags: ScalarTag[];
  protected readonly options: object;

  constructor(
    protected readonly text: string,
    protected readonly doc: Document,
  ) {
    this.tags = (doc.schema.tags as unknown as ScalarTag[]).filter((t) => t.default === true && t.test);
    this.options = doc.options;
  }

  /** Enters a collection; declines past FAST_MAX_DEPTH. */
  protected enter(): void {
    if (++this.depth > FAST_MAX_DEPTH) throw DECLINE;
  }

  // ---- lines ----

  /** True at a line break or the end of the text. */
  protected atLineBreak(i: number): boolean {
    const c = this.text.charCodeAt(i);
    return c === NEWLINE || c === CR || i >= this.text.length;
  }

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
   * folds it into neighbouring ranges, which this path models in one case only: comments right
   * after a value written on its key's (or dash's) line and indented deeper than that key (or
   * dash), `trailing.column`, are the value's trailing comments, and its range ends after them.
   * Returns the indentation of the next content line, or -1 at the end of the text.
   */
  protected skipTrivia(trailing?: { node: Node; column: number }): number {
    const comments: number[] = [];
    let attach = trailing !== undefined;
    let end = -1;
    let indent = -1;
    while (this.pos < this.text.length) {
      const at = this.indentAt(this.pos);
      if (this.atLineBreak(this.pos + at)) {
        this.pos = this.afterLine(this.pos);
        continue;
      }
      if (this.text.charCodeAt(this.pos + at) === 35 /* # */) {
        this.pos = this.afterLine(this.pos);
        if (attach && at > trailing!.column) end = this.pos;
        else {
          attach = false;
          comments.push(at);
        }
        continue;
      }
      indent = at;
      break;
    }
    for (const ci of comments) if (ci !== Math.max(indent, 0)) throw DECLINE;
    if (end >= 0) trailing!.node.range![2] = end;
    return indent;
  }

  // ---- scalars ----

  protected plain(str: string, start: number, end: number, rangeEnd: number): Scalar {
    const tag = mayBeTagged(str) ? this.tags.find((t) => t.test!.test(str)) : undefined;
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
