// Completion of keys: the keys the schema allows in the mapping at the cursor, minus those
// already there; required keys first, then the schema's order.
import type { SchemaNode } from '../../schema/annotations';
import type { Locale, Range } from '../../types';
import { effectiveSchema, localized, refChain, resolveSchema, schemaAt, annotation } from '../../schema/schema-path';
import { bodyText, defaultBodies, keyValueSnippet } from './key-snippets';
import { toItems, type Candidate } from './matching';
import type { KeyContext } from './context';
import type { CompletionItem } from '../types';
import { get } from '../../model/record-view';

const REQUIRED = { vi: 'bắt buộc', en: 'required' };

interface KeyOption {
  key: string;
  raw: SchemaNode;
  required: boolean;
}

/** The keys of a mapping schema; with if/then/else and no key written yet, both branches. */
function keyOptions(root: SchemaNode, chain: SchemaNode[], data: unknown, empty: boolean): KeyOption[] {
  const resolved = chain[chain.length - 1] ?? root;
  const branches: (SchemaNode | undefined)[] =
    resolved.if && empty ? [resolveSchema(root, resolved.else), resolveSchema(root, resolved.then)] : [effectiveSchema(root, resolved, data)];
  const out: KeyOption[] = [];
  for (const b of branches) {
    if (!b?.properties) continue;
    const req = b.required ?? [];
    const keys = [...req.filter((k) => b.properties![k]), ...Object.keys(b.properties).filter((k) => !req.includes(k))];
    for (const key of keys) if (!out.some((o) => o.key === key)) out.push({ key, raw: b.properties[key], required: req.includes(key) });
  }
  // Required keys of every branch first, keeping each group's order.
  return [...out.filter((o) => o.required), ...out.filter((o) => !o.required)];
}

export function keyItems(
  root: SchemaNode,
  ctx: KeyContext,
  present: ReadonlyMap<string, number>,
  data: unknown,
  range: Range,
  locale: Locale,
): CompletionItem[] {
  const at = schemaAt(root, ctx.path, data);
  const chain = ctx.path.length === 0 ? [root] : at.chain;
  const mappingData = get(data, ...ctx.path);
  const candidates: Candidate[] = [];

  if (present.size === 0 && !ctx.keyOnly) {
    // A whole mapping at once (a participant, a directive, a chair…).
    for (const s of defaultBodies(root, chain[0])) {
      candidates.push({
        label: localized(s.label, locale) ?? 'snippet',
        kind: 'snippet',
        detail: localized(s.description, locale),
        newText: bodyText(s.body, ctx.col).replace(/^\n\s*/, ''),
        snippet: true,
      });
    }
  }

  for (const opt of keyOptions(root, chain, mappingData, present.size === 0)) {
    if (present.has(opt.key)) continue;
    const optChain = refChain(root, opt.raw);
    if (annotation(optChain, 'doNotSuggest')) continue;
    const title = localized(annotation(optChain, 'title') as string | undefined, locale);
    const description = localized(annotation(optChain, 'markdownDescription') ?? annotation(optChain, 'description'), locale);
    const detail = [opt.required ? REQUIRED[locale] : undefined, title ?? description].filter(Boolean).join(' · ');
    const base: Candidate = {
      label: opt.key,
      kind: 'key',
      detail: detail || undefined,
      documentation: description,
      deprecated: annotation(optChain, 'deprecationMessage') !== undefined,
    };
    if (ctx.keyOnly) {
      candidates.push({ ...base, newText: opt.key });
      continue;
    }
    const bodies = defaultBodies(root, opt.raw);
    const first = keyValueSnippet(root, opt.raw, ctx.col, bodies[0]?.body);
    candidates.push(first === undefined ? { ...base, newText: `${opt.key}: ` } : { ...base, newText: `${opt.key}:${first}`, snippet: true });
    // Further default snippets of the same key (e.g. a chair nobody is named for).
    bodies.slice(1).forEach((b) => {
      const label = localized(b.label, locale) ?? opt.key;
      candidates.push({
        ...base,
        label: label.startsWith(opt.key) ? label : `${opt.key}: ${label}`,
        matchNames: [opt.key],
        detail: localized(b.description, locale),
        newText: `${opt.key}:${keyValueSnippet(root, opt.raw, ctx.col, b.body)}`,
        snippet: true,
      });
    });
  }
  return toItems(candidates, ctx.typed, ctx.typed, range);
}
