// The block structure of a YAML text read from indentation alone, so completion works while the
// document being typed is not valid YAML yet. Reads lines on demand and remembers them per
// parsed record.
import type { ParsedRecord } from '../../parse/parse-record';
import type { PathSegment } from '../../parse/nodes';

export interface LineShape {
  /** Column of the first non-space character. */
  indent: number;
  /** Columns of the "- " sequence indicators at the start of the line. */
  dashes: number[];
  /** Column after the indicators. */
  contentCol: number;
  key?: string;
  keyCol?: number;
  colonCol?: number;
  /** Column where the value after "key:" starts (after the spaces), when there is a key. */
  valueCol?: number;
  /** True when "key:" has nothing after it but a comment: a block value follows. */
  opensBlock?: boolean;
  blank: boolean;
  docMarker: boolean;
}

// No quantified whitespace before the colon: on a line of many spaces that would backtrack
// quadratically. The key's trailing blanks are trimmed after the match instead.
const KEY = /^((?:"[^"]*"|'[^']*'|[^\s#"'\-?:,[\]{}|>][^:#]*?|-[^\s:#][^:#]*?)):(?=[ \t]|$)/u;

export function shapeOf(line: string): LineShape {
  let i = 0;
  while (i < line.length && line[i] === ' ') i++;
  const indent = i;
  const rest = line.slice(i);
  if (rest === '' || rest.startsWith('#') || rest === '\r') return { indent, dashes: [], contentCol: indent, blank: true, docMarker: false };
  if (indent === 0 && /^(?:---|\.\.\.)(?:\s|$)/.test(rest)) return { indent, dashes: [], contentCol: 0, blank: true, docMarker: true };
  const dashes: number[] = [];
  while (line[i] === '-' && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
    dashes.push(i);
    i++;
    while (line[i] === ' ' || line[i] === '\t') i++;
  }
  const shape: LineShape = { indent, dashes, contentCol: i, blank: false, docMarker: false };
  const m = KEY.exec(line.slice(i));
  if (m) {
    shape.key = m[1].trimEnd().replace(/^(["'])(.*)\1$/, '$2');
    shape.keyCol = i;
    shape.colonCol = i + m[0].length - 1;
    let v = i + m[0].length;
    while (line[v] === ' ' || line[v] === '\t') v++;
    shape.valueCol = v;
    const after = line.slice(i + m[0].length).trim();
    shape.opensBlock = after === '' || after.startsWith('#');
  }
  return shape;
}

const cache = new WeakMap<ParsedRecord, (LineShape | undefined)[]>();

export class YamlLines {
  private readonly shapes: (LineShape | undefined)[];

  constructor(readonly record: ParsedRecord) {
    let s = cache.get(record);
    if (!s) cache.set(record, (s = []));
    this.shapes = s;
  }

  get count(): number {
    return this.record.lines.lineCount;
  }

  text(line: number): string {
    return this.record.lines.lineText(line);
  }

  shape(line: number): LineShape {
    return (this.shapes[line] ??= shapeOf(this.text(line)));
  }

  /** Path of the mapping that holds a key at column `col` on line `line`. */
  mappingPath(line: number, col: number): PathSegment[] | undefined {
    const own = this.shape(line);
    const dash = own.dashes.length && own.contentCol === col ? own.dashes[own.dashes.length - 1] : -1;
    if (dash >= 0) return this.itemPath(line, dash);
    for (let i = line - 1; i >= 0; i--) {
      const s = this.shape(i);
      if (s.docMarker) return col === 0 ? [] : undefined;
      if (s.blank || s.indent >= col) continue;
      // The mapping is an item of a sequence whose "- " is on this line.
      if (s.dashes.length && s.contentCol === col) return this.itemPath(i, s.dashes[s.dashes.length - 1]);
      if (s.key !== undefined && s.keyCol! < col && s.opensBlock) {
        const outer = this.mappingPath(i, s.keyCol!);
        return outer && [...outer, s.key];
      }
      return undefined;
    }
    return col === 0 ? [] : undefined;
  }

  /** Path of the sequence item whose "- " is at column `dash` on line `line`. */
  itemPath(line: number, dash: number): PathSegment[] | undefined {
    let index = 0;
    for (let i = line - 1; i >= 0; i--) {
      const s = this.shape(i);
      if (s.docMarker) return undefined;
      if (s.blank || s.indent > dash) continue;
      if (s.indent === dash && s.dashes[0] === dash) {
        index++;
        continue;
      }
      // The owner: the last key on the first line at or left of the dash that is not an item.
      if (s.key !== undefined && s.keyCol! <= dash && s.opensBlock) {
        const outer = this.mappingPath(i, s.keyCol!);
        return outer && [...outer, s.key, index];
      }
      return undefined;
    }
    return undefined;
  }

  /** Keys of the mapping at column `col` that contains line `line` (that line's own key excluded). */
  siblingKeys(line: number, col: number): Map<string, number> {
    const keys = new Map<string, number>();
    const own = this.shape(line);
    const startsItem = own.dashes.length > 0 && own.contentCol === col;
    if (!startsItem) {
      for (let i = line - 1; i >= 0; i--) {
        const s = this.shape(i);
        if (s.docMarker) break;
        if (s.blank || s.indent > col) continue;
        if (s.dashes.length && s.contentCol === col && s.key !== undefined) keys.set(s.key, i);
        if (s.indent < col) break;
        if (s.key !== undefined && s.keyCol === col) keys.set(s.key, i);
      }
    }
    for (let i = line + 1; i < this.count; i++) {
      const s = this.shape(i);
      if (s.docMarker) break;
      if (s.blank || s.indent > col) continue;
      if (s.indent < col) break;
      if (s.dashes.length) continue; // "key:\n- item" at the key's own column
      if (s.key !== undefined && s.keyCol === col) keys.set(s.key, i);
    }
    return keys;
  }
}
