// The outline of a record: the meeting, the chair, participants, directives, statistics and
// the source, each with the range of its YAML node.
import { isMap, isSeq, isScalar, type Node, type Pair } from 'yaml';
import type { ParsedRecord } from '../parse/parse-record';
import { pairOf } from '../parse/nodes';
import type { Locale, Range } from '../types';
import { format } from '../i18n';
import { isObj, str, list, get } from '../model/record-view';
import { statisticWords } from './statistic-text';
import type { DocumentSymbol, FeatureOptions, SymbolKind } from './types';

const M = {
  items: { vi: '{n} mục', en: '{n} items' },
  chair: { vi: 'chủ trì', en: 'chair' },
  noChair: { vi: 'không nêu người chủ trì', en: 'no chair named' },
};

/** Offsets of a node without trailing blank lines and comments. */
function spanOf(node: unknown): [number, number] | undefined {
  const r = (node as Node | null)?.range;
  return r ? [r[0], Math.max(r[0], r[1])] : undefined;
}

class Outline {
  constructor(private readonly record: ParsedRecord) {}

  range(start: number, end: number): Range {
    const text = this.record.text;
    let e = Math.min(end, text.length);
    while (e > start && /\s/.test(text[e - 1])) e--;
    return this.record.lines.range([start, e]);
  }

  /** A symbol for a key and its value; selection is the key. */
  pair(pair: Pair, name: string, kind: SymbolKind, detail?: string, children?: DocumentSymbol[]): DocumentSymbol | undefined {
    const k = spanOf(pair.key);
    if (!k) return undefined;
    const v = spanOf(pair.value);
    const s: DocumentSymbol = {
      name: name.trim() || String((pair.key as { value?: unknown }).value ?? '?'),
      kind,
      range: this.range(k[0], v ? Math.max(v[1], k[1]) : k[1]),
      selectionRange: this.range(k[0], k[1]),
    };
    if (detail) s.detail = detail;
    if (children?.length) s.children = children;
    return s;
  }

  /** A symbol for a sequence item; selection is the value of `selectKey` inside it. */
  item(node: unknown, name: string, kind: SymbolKind, selectKey: string, detail?: string): DocumentSymbol | undefined {
    const span = spanOf(node);
    if (!span) return undefined;
    const sel = spanOf(pairOf(node, selectKey)?.value) ?? spanOf(pairOf(node, selectKey)?.key) ?? [span[0], span[0]];
    const s: DocumentSymbol = { name: name.trim() || selectKey, kind, range: this.range(span[0], span[1]), selectionRange: this.range(sel[0], sel[1]) };
    if (detail) s.detail = detail;
    return s;
  }
}

function personName(p: unknown): string {
  return [str(p, 'rank'), str(p, 'name')].filter(Boolean).join(' ');
}

/** The first ~60 characters of a text, cut at a word. */
export function shortText(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return (sp > max / 2 ? cut.slice(0, sp) : cut).replace(/[,;:.\s]+$/, '') + '…';
}

export function documentSymbols(record: ParsedRecord, options: FeatureOptions = {}): DocumentSymbol[] {
  const locale: Locale = options.locale ?? 'vi';
  const o = new Outline(record);
  const out: DocumentSymbol[] = [];
  for (const d of record.documents) {
    const root = d.doc.contents;
    if (!isMap(root) || d.value === undefined) continue;
    const data = d.value;
    const push = (s: DocumentSymbol | undefined) => s && out.push(s);
    const section = (key: string, toChild: (item: unknown, node: unknown) => DocumentSymbol | undefined) => {
      const p = pairOf(root, key);
      if (!p) return;
      const nodes = isSeq(p.value) ? p.value.items : [];
      const children = list(data, key)
        .map((item, i) => toChild(item, nodes[i]))
        .filter((x): x is DocumentSymbol => !!x);
      push(o.pair(p, key, 'section', format(M.items, locale, { n: nodes.length }), children));
    };
    for (const item of root.items) {
      const key = isScalar(item.key) ? String(item.key.value) : '';
      const value = get(data, key);
      if (key === 'meeting') push(o.pair(item, str(value, 'title') ?? str(value, 'kind') ?? key, 'meeting', str(value, 'date')));
      else if (key === 'chair') {
        const absent = isObj(value) && 'absent' in value;
        push(o.pair(item, absent ? format(M.noChair, locale) : personName(value), 'person', absent ? str(value, 'absent') : format(M.chair, locale)));
      } else if (key === 'participants') section(key, (p, n) => o.item(n, personName(p), 'person', 'name', str(p, 'role')));
      else if (key === 'directives') section(key, (p, n) => o.item(n, shortText(str(p, 'text') ?? ''), 'directive', 'text', str(p, 'issued_by')));
      else if (key === 'statistics') {
        section(key, (p, n) => {
          const words = statisticWords(p, locale);
          return o.item(n, str(p, 'label') ?? '', 'statistic', 'label', words?.value);
        });
      } else if (key === 'source') push(o.pair(item, str(value, 'publisher') ?? key, 'source', str(value, 'published')));
    }
  }
  return out;
}
