// Hover: on a key, what the schema says about it; on a value, what the catalogs, the registry
// or the schema's enumeration descriptions say about that value.
import { isScalar, stringify } from 'yaml';
import type { ParsedRecord } from '../parse/parse-record';
import { pathAt, nodeSpan, type PathSegment } from '../parse/nodes';
import type { SchemaNode } from '../schema/annotations';
import type { Locale, Position, Span } from '../types';
import { format } from '../i18n';
import { get, recordDate, str } from '../model/record-view';
import { annotation, isPersonSchema, localized, schemaAt } from '../schema/schema-path';
import { documentAt } from './completion/completion';
import { amountText, statisticWords } from './statistic-text';
import { measureHover, personHover, positionHover, rankHover, unitHover } from './hover-catalog';
import type { FeatureHost, FeatureOptions, Hover } from './types';

const M = {
  required: { vi: 'bắt buộc', en: 'required' },
  examples: { vi: 'Ví dụ', en: 'Examples' },
  asWritten: { vi: 'Cách viết tiếng Việt: **{text}**', en: 'As written in Vietnamese: **{text}**' },
  comparisons: { vi: 'So sánh:', en: 'Comparisons:' },
  target: { vi: 'Chỉ tiêu: {text}', en: 'Target: {text}' },
};

function examplesText(examples: unknown[] | undefined, locale: Locale): string | undefined {
  if (!examples?.length) return undefined;
  if (examples.every((e) => typeof e !== 'object' || e === null)) {
    return `${format(M.examples, locale)}: ${examples
      .slice(0, 4)
      .map((e) => '`' + String(e) + '`')
      .join(', ')}`;
  }
  return `${format(M.examples, locale)}:\n\n\`\`\`yaml\n${stringify(examples[0]).trimEnd()}\n\`\`\``;
}

/** What the schema says about the key at the end of `path`. */
export function keyHoverText(root: SchemaNode, path: readonly PathSegment[], data: unknown, locale: Locale): string | undefined {
  const at = schemaAt(root, path, data);
  if (!at.chain.length) return undefined;
  const key = path[path.length - 1];
  const title = localized(annotation(at.chain, 'title') as string | undefined, locale);
  const required = typeof key === 'string' && at.parent?.required?.includes(key);
  const head = [`**${String(key)}**`, title, required ? format(M.required, locale) : undefined].filter(Boolean).join(' · ');
  const description = localized(annotation(at.chain, 'markdownDescription') ?? annotation(at.chain, 'description'), locale);
  return [head, description, examplesText(annotation(at.chain, 'examples'), locale)].filter(Boolean).join('\n\n');
}

function statisticHover(stat: unknown, locale: Locale): string | undefined {
  const words = statisticWords(stat, locale);
  if (!words) return undefined;
  const lines = [format(M.asWritten, locale, { text: words.value })];
  if (words.comparisons.length) lines.push(`${format(M.comparisons, locale)}\n${words.comparisons.map((c) => `- ${c}`).join('\n')}`);
  if (words.target) lines.push(format(M.target, locale, { text: words.target }));
  return lines.join('\n\n');
}

/** What is known about a scalar value at `path`, or undefined to fall back to the key's text. */
function valueHoverText(host: FeatureHost, path: PathSegment[], value: unknown, data: unknown, locale: Locale): string | undefined {
  const root = host.schemaNav.root;
  const at = schemaAt(root, path, data);
  const last = path[path.length - 1];
  const owner = path.slice(0, -1);
  const date = recordDate(data);
  if (last === 'value' && typeof value === 'number') {
    if (owner[owner.length - 2] === 'statistics') return statisticHover(get(data, ...owner), locale);
    if (owner[owner.length - 2] === 'breakdown') {
      const unit = str(get(data, ...owner.slice(0, -2)), 'unit');
      return format(M.asWritten, locale, { text: amountText(value, unit) });
    }
  }
  if (typeof value !== 'string') return undefined;
  const enumIndex = at.node?.enum?.indexOf(value) ?? -1;
  if (enumIndex >= 0) {
    const d = localized(annotation(at.chain, 'enumDescriptions')?.[enumIndex], locale);
    return [`**${value}**`, d].filter(Boolean).join('\n\n');
  }
  switch (annotation(at.chain, 'x-catalog')) {
    case 'rank':
      return rankHover(host.catalogs, value, str(get(data, ...owner), 'force'), locale);
    case 'unit':
      return unitHover(host.catalogs, value, date, locale);
    case 'position':
      return positionHover(host.catalogs, value, locale);
    case 'measure':
      return measureHover(host.catalogs, value, locale);
    case 'person':
      return personHover(host.people, value, date, locale);
  }
  if (last === 'name' && isPersonSchema(schemaAt(root, owner, data).node)) return personHover(host.people, value, date, locale);
  return undefined;
}

export function hover(host: FeatureHost, record: ParsedRecord, position: Position, options: FeatureOptions = {}): Hover | null {
  const locale = options.locale ?? 'vi';
  const offset = record.lines.offsetAt(position);
  const d = documentAt(record, offset);
  if (!d?.doc.contents || d.value === undefined) return null;
  const step = pathAt(d.doc, offset);
  if (step.path.length === 0) return null;
  const root = host.schemaNav.root;
  const range = (span: Span | undefined) => (span ? record.lines.range(span) : undefined);
  if (step.inKey) {
    const text = keyHoverText(root, step.path, d.value, locale);
    const r = range(nodeSpan(step.pair?.key));
    return text && r ? { contents: text, range: r } : null;
  }
  if (!isScalar(step.node)) return null;
  const r = range(nodeSpan(step.node));
  if (!r || offset < step.node.range![0]) return null;
  const text =
    valueHoverText(host, step.path, step.node.value, d.value, locale) ??
    keyHoverText(root, typeof step.path[step.path.length - 1] === 'number' ? step.path.slice(0, -1) : step.path, d.value, locale);
  return text ? { contents: text, range: r } : null;
}
