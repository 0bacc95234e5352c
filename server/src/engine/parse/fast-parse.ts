// A fast path for the YAML that records are made of: block mappings and sequences, plain
// scalars, quoted scalars (over several lines too), folded and literal block scalars (blank
// lines, chomping indicators), one-line flow collections, comments, LF or CRLF line ends.
// It builds the same `yaml` nodes, with the same ranges and the same YAML 1.2 core-schema values
// (dates stay strings: scalars are resolved by the `yaml` library's own tags) that
// `parseAllDocuments` builds, about five times faster, and the plain data along the way.
// Anything outside that subset — tabs, a lone CR, anchors, aliases, tags, directives, several
// documents, multi-line plain scalars, odd comment placement, duplicate keys, any
// syntax error — makes it decline, and the caller uses the full `yaml` parse, so results never
// differ (test/engine/parse-parity.test.ts compares both on samples, generated and mutated records).
// Comments are not attached to nodes: nothing in the engine reads them from the tree.
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, isScalar, type Node } from 'yaml';

export interface FastParsed {
  doc: Document.Parsed;
  value: unknown;
}

/** Thrown to abandon the fast path; never escapes this module. */
const DECLINE = new Error('outside the fast-path subset');

const DOC_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;

interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  resolve: (str: string, onError: (msg: string) => void, options: object) => unknown;
}

const SPACE = 32;
const NEWLINE = 10;
const CR = 13;

/** First characters a plain scalar may not start with here (YAML indicators, kept simple). */
const PLAIN_START_FORBIDDEN = new Set([...'?:,[]{}#&*!|>\'"%@`']);

class Parser {
  private pos = 0;
  private readonly tags: ScalarTag[];
  private readonly options: object;

  constructor(
    private readonly text: string,
    private readonly doc: Document,
  ) {
    this.tags = (doc.schema.tags as unknown as ScalarTag[]).filter((t) => t.default === true && t.test);
    this.options = doc.options;
  }

  // ---- lines ----

  /**
   * Index of the end of the line containing `at`: its line break ('\n', or the '\r' of a
   * '\r\n' — records saved on Windows) or the end of the text.
   */
  private lineEnd(at: number): number {
    const i = this.text.indexOf('\n', at);
    if (i < 0) return this.text.length;
    return i > at && this.text.charCodeAt(i - 1) === CR ? i - 1 : i;
  }

  /** Just after the line break at `e` (a lineEnd), or `e` at the end of the text. */
  private nextLine(e: number): number {
    if (e >= this.text.length) return e;
    return this.text.charCodeAt(e) === CR ? e + 2 : e + 1;
  }

  /** Just after the line's line break (or the end of the text). */
  private afterLine(at: number): number {
    return this.nextLine(this.lineEnd(at));
  }

  private indentAt(lineStart: number): number {
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
  private skipTrivia(): number {
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

  private plain(str: string, start: number, end: number, rangeEnd: number): Scalar {
    const tag = this.tags.find((t) => t.test!.test(str));
    let node: Scalar;
    if (tag) {
      const res = tag.resolve(str, () => {
        throw DECLINE;
      }, this.options);
      node = isScalar(res) ? (res as Scalar) : new Scalar(res);
      if (tag.format) node.format = tag.format;
    } else node = new Scalar(str);
    node.range = [start, end, rangeEnd];
    node.source = str;
    node.type = 'PLAIN';
    return node;
  }

  private stringNode(value: string, type: Scalar.Type, range: [number, number, number]): Scalar {
    const node = new Scalar(value);
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
  private quoted(at: number, lineEnd: number, parentIndent?: number): { node: Scalar; end: number } {
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
  private endOfBlockLine(at: number, lineEnd: number): number {
    let i = at;
    while (i < lineEnd && this.text.charCodeAt(i) === SPACE) i++;
    if (i < lineEnd && (this.text[i] !== '#' || i === at)) throw DECLINE;
    return this.nextLine(lineEnd);
  }

  /** Where a comment starts on [from, lineEnd), or lineEnd. */
  private commentStart(from: number, lineEnd: number): number {
    for (let i = from; i < lineEnd - 1; i++) {
      if (this.text.charCodeAt(i) === SPACE && this.text.charCodeAt(i + 1) === 35 /* # */) return i;
    }
    return lineEnd;
  }

  /**
   * A value written on the same line at `at` (after "key: " or "- "). `parentIndent` is the
   * indentation a block scalar's lines must exceed.
   */
  private inlineValue(at: number, parentIndent: number): { node: Node; value: unknown } {
    const lineEnd = this.lineEnd(at);
    const c = this.text[at];
    if (c === '"' || c === "'") {
      const { node, end } = this.quoted(at, lineEnd, parentIndent);
      node.range![2] = this.endOfBlockLine(end, this.lineEnd(end));
      this.pos = node.range![2];
      return { node, value: node.value };
    }
    if (c === '[' || c === '{') {
      const r = this.flow(at, lineEnd);
      const after = this.endOfBlockLine(r.end, lineEnd);
      r.node.range![2] = after;
      this.pos = after;
      return { node: r.node, value: r.value };
    }
    if (c === '|' || c === '>') return this.blockScalar(at, lineEnd, parentIndent);
    if (PLAIN_START_FORBIDDEN.has(c) || (c === '-' && (at + 1 >= lineEnd || this.text.charCodeAt(at + 1) === SPACE))) throw DECLINE;
    const stop = this.commentStart(at, lineEnd);
    let end = stop;
    while (end > at && this.text.charCodeAt(end - 1) === SPACE) end--;
    const str = this.text.slice(at, end);
    if (str.includes(': ') || str.endsWith(':')) throw DECLINE;
    const after = this.nextLine(lineEnd);
    const node = this.plain(str, at, end, after);
    this.pos = after;
    return { node, value: node.value };
  }

  /**
   * A block scalar: `|` or `>` with an optional chomping indicator (`-`, `+`). Blank lines
   * inside the text, deeper-indented lines of a literal and trailing spaces are content; an
   * explicit indentation indicator, blank lines before the text, deeper lines in a folded
   * scalar and kept trailing blank lines decline.
   */
  private blockScalar(at: number, lineEnd: number, parentIndent: number): { node: Node; value: unknown } {
    const header = this.text.slice(at, lineEnd);
    if (!/^[|>][-+]?$/.test(header)) throw DECLINE;
    const literal = header[0] === '|';
    const chomp = header[1] ?? '';
    if (lineEnd >= this.text.length) throw DECLINE;
    let p = this.nextLine(lineEnd);
    const lines: string[] = [];
    let contentIndent = -1;
    let blank = 0;
    let end = p;
    while (p < this.text.length) {
      const e = this.lineEnd(p);
      const indent = this.indentAt(p);
      if (p + indent === e) {
        // A blank line: inside the text it is content, after it it belongs to what follows.
        if (contentIndent < 0 || indent > contentIndent) throw DECLINE;
        blank++;
        p = this.nextLine(e);
        continue;
      }
      if (indent <= parentIndent) break;
      if (contentIndent < 0) contentIndent = indent;
      else if (indent < contentIndent || (indent > contentIndent && !literal)) throw DECLINE;
      if (e === this.text.length) throw DECLINE;
      for (; blank > 0; blank--) lines.push('');
      lines.push(this.text.slice(p + contentIndent, e));
      end = this.nextLine(e);
      p = end;
    }
    if (lines.length === 0 || (chomp === '+' && blank > 0)) throw DECLINE;
    let value = lines[0];
    let breaks = 0;
    for (let k = 1; k < lines.length; k++) {
      if (lines[k] === '' && !literal) {
        breaks++;
        continue;
      }
      value += literal ? '\n' + lines[k] : (breaks ? '\n'.repeat(breaks) : ' ') + lines[k];
      breaks = 0;
    }
    if (chomp !== '-') value += '\n';
    const node = this.stringNode(value, literal ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED', [at, end, end]);
    this.pos = end;
    return { node, value };
  }

  private commentBetween(from: number, to: number): boolean {
    for (let p = from; p < to; p = this.afterLine(p)) {
      if (this.text.charCodeAt(p + this.indentAt(p)) === 35 /* # */) return true;
    }
    return false;
  }

  // ---- flow collections (one line) ----

  private skipSpaces(i: number): number {
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  private flow(at: number, lineEnd: number): { node: YAMLMap | YAMLSeq; value: unknown; end: number } {
    const isMap = this.text[at] === '{';
    const close = isMap ? '}' : ']';
    const node = isMap ? new YAMLMap() : new YAMLSeq();
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
          (node as YAMLMap).items.push(new Pair(key.node, v.node));
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
  private flowValue(at: number, lineEnd: number): { node: Node; value: unknown; end: number } {
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

  private flowScalar(at: number, lineEnd: number, isKey: boolean): { node: Scalar; end: number } {
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

  // ---- block collections ----

  /** Column of the ": " (or final ":") separating a block key at `at`, or -1 for no key. */
  private keySeparator(at: number, lineEnd: number): number {
    const c = this.text[at];
    if (c === '"' || c === "'" || c === '[' || c === '{') return -1;
    const stop = this.commentStart(at, lineEnd);
    for (let i = at; i < stop; i++) {
      if (this.text[i] === ':' && (i + 1 === stop || this.text.charCodeAt(i + 1) === SPACE)) return i;
    }
    return -1;
  }

  /**
   * A block mapping whose keys sit at column `indent`; the first key is at `at` (which may be
   * after a "- " on the same line).
   */
  private blockMap(at: number, indent: number): { node: YAMLMap; value: Record<string, unknown> } {
    const map = new YAMLMap();
    const obj: Record<string, unknown> = {};
    let keyAt = at;
    for (;;) {
      const lineEnd = this.lineEnd(keyAt);
      const sep = this.keySeparator(keyAt, lineEnd);
      if (sep <= keyAt || this.text.charCodeAt(sep - 1) === SPACE) throw DECLINE;
      const c = this.text[keyAt];
      if (PLAIN_START_FORBIDDEN.has(c) || c === '-') throw DECLINE;
      const keyStr = this.text.slice(keyAt, sep);
      if (keyStr.includes(' #')) throw DECLINE;
      const key = this.plain(keyStr, keyAt, sep, sep);
      if (typeof key.value !== 'string' || key.value === '__proto__' || Object.prototype.hasOwnProperty.call(obj, key.value)) throw DECLINE;
      const valueAt = this.skipSpaces(sep + 1);
      let value: { node: Node; value: unknown };
      if (valueAt >= lineEnd || this.text[valueAt] === '#') {
        // Nothing on this line: a nested block follows, or the value is null.
        const hasComment = valueAt < lineEnd;
        this.pos = this.nextLine(lineEnd);
        const save = this.pos;
        const next = this.skipTrivia();
        const nextIsItem = next >= 0 && this.text.startsWith('- ', this.pos + next);
        if (next > indent || (next === indent && nextIsItem)) {
          value = nextIsItem ? this.blockSeq(this.pos + next, next) : this.blockMap(this.pos + next, next);
        } else {
          // The `yaml` library stretches an empty value over the comments that follow it.
          if (hasComment || this.commentBetween(save, this.pos)) throw DECLINE;
          const node = this.plain('', lineEnd, lineEnd, lineEnd);
          value = { node, value: null };
          this.pos = save;
        }
      } else {
        value = this.inlineValue(valueAt, indent);
      }
      map.items.push(new Pair(key, value.node));
      obj[key.value] = value.value;
      const next = this.skipTrivia();
      if (next < indent) break;
      if (next > indent) throw DECLINE;
      if (this.text.startsWith('- ', this.pos + next)) {
        if (indent === 0 || !this.inSeqItem) throw DECLINE;
        break;
      }
      keyAt = this.pos + next;
    }
    const last = map.items[map.items.length - 1].value as Node;
    map.range = [at, last.range![2], last.range![2]];
    return { node: map, value: obj };
  }

  /** True while parsing a mapping that is the item of a block sequence (a "- " may end it). */
  private inSeqItem = false;

  private blockSeq(at: number, indent: number): { node: YAMLSeq; value: unknown[] } {
    const seq = new YAMLSeq();
    const arr: unknown[] = [];
    let dash = at;
    for (;;) {
      const lineEnd = this.lineEnd(dash);
      const itemAt = this.skipSpaces(dash + 1);
      if (itemAt === dash + 1 || itemAt >= lineEnd || this.text[itemAt] === '#' || this.text[itemAt] === '-') throw DECLINE;
      let item: { node: Node; value: unknown };
      if (this.keySeparator(itemAt, lineEnd) >= 0) {
        const outer = this.inSeqItem;
        this.inSeqItem = true;
        item = this.blockMap(itemAt, itemAt - (dash - indent));
        this.inSeqItem = outer;
      } else {
        item = this.inlineValue(itemAt, indent);
      }
      seq.items.push(item.node);
      arr.push(item.value);
      const next = this.skipTrivia();
      if (next < indent) break;
      if (next > indent || !this.text.startsWith('- ', this.pos + next)) {
        // A key at the sequence's own column ends a sequence nested at its parent key's indent.
        if (next === indent && this.seqAtKeyIndent(indent)) break;
        throw DECLINE;
      }
      dash = this.pos + next;
    }
    const last = seq.items[seq.items.length - 1] as Node;
    seq.range = [at, last.range![2], last.range![2]];
    return { node: seq, value: arr };
  }

  /** Whether a sequence at this indent may be followed by a sibling key of its parent. */
  private seqAtKeyIndent(indent: number): boolean {
    const lineEnd = this.lineEnd(this.pos + indent);
    return this.keySeparator(this.pos + indent, lineEnd) >= 0;
  }

  parse(): FastParsed {
    const first = this.skipTrivia();
    if (first !== 0) throw DECLINE;
    const { node, value } = this.blockMap(this.pos, 0);
    if (this.pos < this.text.length) throw DECLINE;
    const doc = this.doc;
    doc.contents = node;
    doc.range = [node.range![0], node.range![2], this.text.length];
    return { doc: doc as Document.Parsed, value };
  }
}

/**
 * The line folding of a quoted scalar's text over several lines: spaces around each line break
 * go, a single break becomes a space, and n + 1 breaks (blank lines) become n newlines.
 */
function foldLines(raw: string): string {
  const lines = raw.split(/\r?\n/);
  let out = lines[0].replace(/ +$/, '');
  let blank = 0;
  for (let k = 1; k < lines.length; k++) {
    const last = k === lines.length - 1;
    const line = last ? lines[k].replace(/^ +/, '') : lines[k].replace(/^ +| +$/g, '');
    if (line === '' && !last) {
      blank++;
      continue;
    }
    out += blank ? '\n'.repeat(blank) : ' ';
    out += line;
    blank = 0;
  }
  return out;
}

/** The record parsed by the fast path, or undefined when the text is outside its subset. */
export function fastParse(text: string): FastParsed | undefined {
  // Cheap whole-text checks first: tabs, CR, BOM, document markers and directives, anchors,
  // aliases and tags all go to the full parser.
  if (/[\t\uFEFF]|\r(?!\n)|^(?:---|\.\.\.|%)|(?:^|[\s[{,])[&*!]/m.test(text)) return undefined;
  const doc = new Document(undefined, DOC_OPTIONS);
  const parser = new Parser(text, doc);
  try {
    return parser.parse();
  } catch {
    // DECLINE, or anything unforeseen (a stack overflow on absurd nesting): the full parser
    // gives the answer, with its own error reporting.
    return undefined;
  }
}
