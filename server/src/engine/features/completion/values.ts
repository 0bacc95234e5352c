// Completion of values: enumerations, catalog values (ranks, units, positions, measures),
// people, and dates already in the record.
import type { Catalog } from '../../catalog/catalog';
import type { MeasureEntry } from '../../catalog/types';
import type { Locale } from '../../types';
import type { PathSegment } from '../../parse/nodes';
import { format } from '../../i18n';
import { get, persons, recordDate, str } from '../../model/record-view';
import { validIso } from '../../dates/iso';
import { annotation, isPersonSchema, localized, schemaAt } from '../../schema/schema-path';
import { fold } from '../../text/fold';
import { prefixFirst, toItems, type Candidate } from './matching';
import type { ValueContext } from './context';
import type { CompletionItem, FeatureHost } from '../types';
import type { YamlLines } from './yaml-lines';
import { unitCandidates } from './units';
import { issuerCandidates, personNameCandidates } from './people';

const M = {
  step: { vi: 'bậc {order}/{max}', en: 'rank {order} of {max}' },
  english: { vi: 'Tiếng Anh: {text}', en: 'English: {text}' },
  count: { vi: 'đơn vị đếm', en: 'count' },
  percent: { vi: 'phần trăm', en: 'percentage' },
  ceiling: { vi: 'trần: {rank}', en: 'ceiling: {rank}' },
  headOf: { vi: 'người đứng đầu {unit}', en: 'head of {unit}' },
  meetingDate: { vi: 'ngày họp', en: 'meeting date' },
  periodStart: { vi: 'ngày đầu kỳ', en: 'first day of the period' },
  periodEnd: { vi: 'ngày cuối kỳ', en: 'last day of the period' },
  published: { vi: 'ngày đăng bài', en: 'publication date' },
};

function rankCandidates(catalog: Catalog, person: { force?: string; unit?: string }, date: string | undefined, locale: Locale): Candidate[] {
  // The person's force, or their unit's (an army unit: army ranks), decides the ladder.
  const ranks = catalog.forceOfPerson(person, date)?.ranks ?? [];
  const max = Math.max(0, ...ranks.map((r) => r.order));
  return ranks.map((r) => ({
    label: r.name,
    kind: 'rank',
    detail: r.tier,
    documentation: [format(M.step, locale, { order: r.order, max }), r.english ? format(M.english, locale, { text: r.english }) : undefined]
      .filter(Boolean)
      .join(' · '),
    matchNames: r.aliases,
  }));
}

function measureDetail(m: MeasureEntry & { quantity?: string }, locale: Locale): string | undefined {
  if (m.count) return format(M.count, locale);
  if (m.percent) return format(M.percent, locale);
  return m.quantity;
}

function measureCandidates(catalog: Catalog, locale: Locale): Candidate[] {
  return catalog.measures.all().map((m) => ({
    label: m.name,
    kind: 'measure',
    detail: measureDetail(m, locale),
    documentation: m.english ? format(M.english, locale, { text: m.english }) : undefined,
    matchNames: m.aliases,
  }));
}

function positionCandidates(catalog: Catalog, unitName: string | undefined, locale: Locale): Candidate[] {
  const out: Candidate[] = [];
  // The head of the person's own unit first ("Giám đốc Công an tỉnh Hưng Yên").
  const unit = unitName ? catalog.matchUnit(unitName)?.unit : undefined;
  if (unit?.head_title) {
    const title = unit.head_title.endsWith(unit.name) ? unit.head_title : `${unit.head_title} ${unit.name}`;
    out.push({ label: title, kind: 'position', detail: format(M.headOf, locale, { unit: unit.name }) });
  }
  for (const p of catalog.positions.all()) {
    out.push({
      label: p.title,
      kind: 'position',
      detail: p.ceiling ? format(M.ceiling, locale, { rank: p.ceiling }) : p.kind,
      documentation: p.ceiling_basis,
      matchNames: p.aliases,
    });
  }
  return out;
}

function dateCandidates(data: unknown, own: readonly PathSegment[], locale: Locale): Candidate[] {
  const fields: [PathSegment[], { vi: string; en: string }][] = [
    [['meeting', 'date'], M.meetingDate],
    [['meeting', 'period', 'start'], M.periodStart],
    [['meeting', 'period', 'end'], M.periodEnd],
    [['source', 'published'], M.published],
  ];
  const out: Candidate[] = [];
  for (const [path, label] of fields) {
    if (path.join('.') === own.join('.')) continue;
    const v = validIso(get(data, ...path));
    if (v) out.push({ label: v, kind: 'value', detail: `${format(label, locale)} (${path.join('.')})` });
  }
  return out;
}

function enumCandidates(values: unknown[], descriptions: string[] | undefined, locale: Locale): Candidate[] {
  return values
    .map((v, i) => ({ v, i }))
    .filter(({ v }) => typeof v === 'string' || typeof v === 'number')
    .map(({ v, i }) => ({ label: String(v), kind: 'enum', documentation: localized(descriptions?.[i], locale) }));
}

/** A value as YAML text at the cursor: keeps an opened quote, quotes where YAML would misread. */
function writeValue(value: string, ctx: ValueContext): string {
  let out: string;
  if (ctx.quote === '"') out = JSON.stringify(value);
  else if (ctx.quote === "'") out = `'${value.replace(/'/g, "''")}'`;
  else {
    const core = value.trimEnd();
    const risky = /^[\s\-?:,[\]{}#&*!|>'"%@`]|[:#]\s|:$|^(?:true|false|null|yes|no|on|off|~)$|^[-+]?\.?\d/i.test(core) && !/^\d{4}-\d{2}-\d{2}$/.test(core);
    out = risky || (ctx.flow && /[,[\]{}]/.test(core)) ? JSON.stringify(core) : value;
  }
  return ctx.leadingSpace ? ' ' + out : out;
}

export function valueItems(host: FeatureHost, lines: YamlLines, ctx: ValueContext, data: unknown, locale: Locale): CompletionItem[] {
  const root = host.schemaNav.root;
  const at = schemaAt(root, ctx.path, data);
  const node = at.node;
  const catalogKind = annotation(at.chain, 'x-catalog');
  const last = ctx.path[ctx.path.length - 1];
  const owner = ctx.path.slice(0, -1);
  const sibling = (key: string): string | undefined => {
    const line = ctx.mappingCol >= 0 ? lines.siblingKeys(ctx.line, ctx.mappingCol).get(key) : undefined;
    if (line !== undefined) {
      const s = lines.shape(line);
      const raw = lines.text(line).slice(s.valueCol);
      const hash = raw.search(/\s#/); // a comment starts at " #" (linear, unlike /\s+#.*$/)
      const v = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
      return v.replace(/^(["'])(.*)\1$/, '$2') || undefined;
    }
    return str(get(data, ...owner), key);
  };
  const date = recordDate(data);
  let candidates: Candidate[] = [];
  if (node?.enum) candidates = enumCandidates(node.enum, annotation(at.chain, 'enumDescriptions'), locale);
  else if (catalogKind === 'rank') candidates = rankCandidates(host.catalogs, { force: sibling('force'), unit: sibling('unit') }, date, locale);
  else if (catalogKind === 'unit') candidates = unitCandidates(host.catalogs, ctx.typed, date, locale);
  else if (catalogKind === 'position')
    candidates = prefixFirst(
      positionCandidates(host.catalogs, typeof last === 'number' ? str(get(data, ...ctx.path.slice(0, -2)), 'unit') : undefined, locale),
      ctx.typed,
    );
  else if (catalogKind === 'measure') candidates = prefixFirst(measureCandidates(host.catalogs, locale), ctx.typed);
  else if (catalogKind === 'person') candidates = issuerCandidates(data, host.people, locale);
  else if (last === 'name' && ctx.mappingCol >= 0 && isPersonSchema(schemaAt(root, owner, data).node)) {
    const present = new Set(lines.siblingKeys(ctx.line, ctx.mappingCol).keys());
    const here = owner.join('.');
    const others = new Set(
      persons(data)
        .filter((p) => p.path.join('.') !== here)
        .map((p) => fold(str(p.person, 'name') ?? '')),
    );
    candidates = prefixFirst(personNameCandidates({ lines, ctx, present, others }, host.people, host.catalogs, date, locale), ctx.typed);
  } else if (annotation(at.chain, 'x-kind') === 'date' || node?.['x-kind'] === 'date') candidates = dateCandidates(data, ctx.path, locale);
  const range = lines.record.lines.range(ctx.span);
  return toItems(candidates, ctx.typed, ctx.typedRaw, range, (c) => writeValue(c.newText ?? c.label, ctx));
}
