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
// Lines, comments, scalars and flow collections are scanned in fast-scan.ts; this file reads the
// block structure.
import { Document, isScalar, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { newMap, newPair, newSeq } from './fast-nodes';
import { DECLINE, DOC_OPTIONS, PLAIN_START_FORBIDDEN, SPACE } from './fast-scan';
import { FlowScanner } from './fast-flow';

export interface FastParsed {
  doc: Document.Parsed;
  value: unknown;
}

class Parser extends FlowScanner {
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
      // (A collection the fast path declines abandons the whole parse: nothing to restore then.)
      this.flowIndent = parentIndent;
      const r = this.flow(at);
      this.flowIndent = undefined;
      const after = this.endOfBlockLine(r.end, this.lineEnd(r.end));
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

  /**
   * A block mapping whose keys sit at column `indent`; the first key is at `at` (which may be
   * after a "- " on the same line).
   */
  private blockMap(at: number, indent: number): { node: YAMLMap; value: Record<string, unknown> } {
    this.enter();
    const map = newMap();
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
      let inline = false;
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
        inline = true;
      }
      map.items.push(newPair(key, value.node));
      obj[key.value] = value.value;
      const next = this.skipTrivia(this.trailingOf(value.node, inline, indent));
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
    this.depth--;
    return { node: map, value: obj };
  }

  /**
   * A value written on its key's or dash's line (not a block scalar, whose deeper lines are its
   * text) takes the deeper comments that follow it (skipTrivia).
   */
  private trailingOf(node: Node, inline: boolean, column: number): { node: Node; column: number } | undefined {
    if (!inline || (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED'))) return undefined;
    return { node, column };
  }

  /** True while parsing a mapping that is the item of a block sequence (a "- " may end it). */
  private inSeqItem = false;

  private blockSeq(at: number, indent: number): { node: YAMLSeq; value: unknown[] } {
    this.enter();
    const seq = newSeq();
    const arr: unknown[] = [];
    let dash = at;
    for (;;) {
      const lineEnd = this.lineEnd(dash);
      const itemAt = this.skipSpaces(dash + 1);
      if (itemAt === dash + 1 || itemAt >= lineEnd || this.text[itemAt] === '#' || this.text[itemAt] === '-') throw DECLINE;
      let item: { node: Node; value: unknown };
      let inline = false;
      if (this.keySeparator(itemAt, lineEnd) >= 0) {
        const outer = this.inSeqItem;
        this.inSeqItem = true;
        item = this.blockMap(itemAt, itemAt - (dash - indent));
        this.inSeqItem = outer;
      } else {
        item = this.inlineValue(itemAt, indent);
        inline = true;
      }
      seq.items.push(item.node);
      arr.push(item.value);
      const next = this.skipTrivia(this.trailingOf(item.node, inline, indent));
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
    this.depth--;
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

/** The record parsed by the fast path, or undefined when the text is outside its subset. */
export function fastParse(text: string): FastParsed | undefined {
  // Cheap whole-text checks first: tabs, lone CR, BOM, document markers and directives go to the
  // full parser. Anchors, aliases and tags are declined where a node starts (PLAIN_START_FORBIDDEN):
  // inside text, "Phụ nữ & Cuộc sống" or a footnote's "*" is just text.
  if (/[\t\uFEFF]|\r(?!\n)|^(?:---|\.\.\.|%)/m.test(text)) return undefined;
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
