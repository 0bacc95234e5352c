// Where the cursor is, read from the line text and the indentation of the lines above: a key of
// some mapping, or the value of some key (block, flow list item or sequence item). The document
// being typed is often not valid YAML, so the parsed tree is not used to find the place.
import type { PathSegment } from '../../parse/nodes';
import type { Position, Span } from '../../types';
import type { YamlLines } from './yaml-lines';

export interface KeyContext {
  kind: 'key';
  line: number;
  /** Column where the mapping's keys start. */
  col: number;
  /** Path of the mapping. */
  path: PathSegment[];
  typed: string;
  /** Offsets of the text to replace (the key being typed). */
  span: Span;
  /** A ":" already follows the key being typed: insert the key name only. */
  keyOnly: boolean;
}

export interface ValueContext {
  kind: 'value';
  line: number;
  /** Path of the value (…, key) or of the sequence item (…, index). */
  path: PathSegment[];
  /** Column of the mapping holding the key (for sibling lookups); -1 for sequence items. */
  mappingCol: number;
  /** Typed text for matching (without an opening quote). */
  typed: string;
  /** The document text from the start of `span` to the cursor. */
  typedRaw: string;
  span: Span;
  /** Inside a flow list ("[a, b]"): commas and brackets need quoting. */
  flow: boolean;
  /** The value was opened with a quote: keep that quoting. */
  quote?: string;
  /** The cursor sits right after "key:": the value needs a space before it. */
  leadingSpace: boolean;
}

export type CursorContext = KeyContext | ValueContext;

/** End column of a scalar starting at `from`: before a comment and trailing spaces. */
function scalarEnd(line: string, from: number, stopAt = ''): number {
  let quote = '';
  let end = line.length;
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && i === from) quote = c;
    else if (c === '#' && i > from && /\s/.test(line[i - 1])) {
      end = i;
      break;
    } else if (stopAt.includes(c)) {
      end = i;
      break;
    }
  }
  while (end > from && /\s/.test(line[end - 1])) end--;
  return end;
}

/**
 * True when text at column `col` of a line lies inside a block scalar: the nearest line above
 * whose key (or content) starts left of `col` opens one ("text: >-").
 */
function inBlockScalar(lines: YamlLines, line: number, col: number): boolean {
  for (let i = line - 1; i >= 0; i--) {
    const s = lines.shape(i);
    if (s.blank || (s.keyCol ?? s.indent) >= col) continue;
    return s.valueCol !== undefined && /^[|>]/.test(lines.text(i).slice(s.valueCol));
  }
  return false;
}

export function cursorContext(lines: YamlLines, pos: Position, itemIsMapping: (path: PathSegment[]) => boolean): CursorContext | undefined {
  const text = lines.text(pos.line);
  const ch = Math.min(pos.character, text.length);
  const base = lines.record.lines.starts[pos.line];
  const s = lines.shape(pos.line);
  if (s.docMarker || /^\s*#/.test(text)) return undefined;
  if (!s.blank && ch < s.indent) return undefined;
  if (inBlockScalar(lines, pos.line, s.blank ? ch : s.indent)) return undefined;

  const valueAt = (path: PathSegment[] | undefined, from: number, mappingCol: number, leadingSpace = false): ValueContext | undefined => {
    if (!path) return undefined;
    const first = text[from];
    if (first === '[') return flowItem(path, from, mappingCol);
    if (first && '{|>&*!'.includes(first)) return undefined;
    const quote = first === '"' || first === "'" ? first : undefined;
    const end = Math.max(scalarEnd(text, from), ch);
    const typedRaw = text.slice(from, ch);
    const typed = quote ? typedRaw.slice(1).replace(new RegExp(quote + '$'), '') : typedRaw;
    return { kind: 'value', line: pos.line, path, mappingCol, typed, typedRaw, span: [base + from, base + end], flow: false, quote, leadingSpace };
  };

  const flowItem = (path: PathSegment[], open: number, mappingCol: number): ValueContext | undefined => {
    let index = 0;
    let start = open + 1;
    let quote = '';
    for (let i = open + 1; i < ch; i++) {
      const c = text[i];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === ',') {
        index++;
        start = i + 1;
      } else if (c === ']' || c === '[' || c === '{') return undefined;
    }
    while (text[start] === ' ') start++;
    if (start > ch) start = ch;
    const end = Math.max(scalarEnd(text, start, ',]'), ch);
    const typedRaw = text.slice(start, ch);
    const q = typedRaw[0] === '"' || typedRaw[0] === "'" ? typedRaw[0] : undefined;
    return {
      kind: 'value',
      line: pos.line,
      path: [...path, index],
      mappingCol,
      typed: q ? typedRaw.slice(1) : typedRaw,
      typedRaw,
      span: [base + start, base + end],
      flow: true,
      quote: q,
      leadingSpace: false,
    };
  };

  const keyAt = (col: number, from: number): KeyContext | undefined => {
    const path = lines.mappingPath(pos.line, col);
    if (!path) return undefined;
    let end = ch;
    while (end < text.length && /[\w-]/.test(text[end])) end++;
    const keyOnly = /^[ \t]*:/.test(text.slice(end));
    return { kind: 'key', line: pos.line, col, path, typed: text.slice(from, ch), span: [base + from, base + end], keyOnly };
  };

  if (s.key !== undefined) {
    const colon = s.colonCol!;
    if (ch > colon) {
      const path = lines.mappingPath(pos.line, s.keyCol!);
      const hasValue = !s.opensBlock;
      if (hasValue && ch < s.valueCol!) return undefined;
      return valueAt(path && [...path, s.key], hasValue ? s.valueCol! : ch, s.keyCol!, text[ch - 1] === ':');
    }
    if (ch < s.contentCol) return undefined;
    return keyAt(s.contentCol, s.contentCol);
  }
  if (s.dashes.length && ch >= s.contentCol) {
    const dash = s.dashes[s.dashes.length - 1];
    const item = lines.itemPath(pos.line, dash);
    if (!item) return undefined;
    if (itemIsMapping(item)) return keyAt(s.contentCol, s.contentCol);
    return valueAt(item, s.contentCol, -1);
  }
  if (s.blank) return keyAt(ch, ch);
  return keyAt(s.indent, s.indent);
}
