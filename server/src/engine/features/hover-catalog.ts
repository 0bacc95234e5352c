// Hover texts for catalog values and people: what the catalogs and the registry know, with
// their sources and how sure they are.
import type { Catalog } from '../catalog/catalog';
import type { Confidence, RankEntry, UnitEntry, UnitFamily } from '../catalog/types';
import { timelineTable } from './person-timeline';
import type { PeopleRegistry } from '../people/registry';
import type { Locale } from '../types';
import { format, type Bilingual } from '../i18n';
import { localized } from '../schema/schema-path';
import { inForce } from './completion/units';

const M = {
  ladder: { vi: 'bậc {order}/{max} — {name}, {tier}', en: 'step {order} of {max} — {name}, {tier}' },
  above: { vi: 'trên: {names}', en: 'above: {names}' },
  below: { vi: 'dưới: {names}', en: 'below: {names}' },
  force: { vi: 'Lực lượng: {name}', en: 'Force: {name}' },
  notInForce: { vi: 'Không có trong cấp bậc của {force}.', en: 'Not a rank of {force}.' },
  english: { vi: 'Tiếng Anh: {text}', en: 'English: {text}' },
  canonical: { vi: 'Cách viết trong danh mục: **{name}**', en: 'Catalog spelling: **{name}**' },
  sources: { vi: 'Nguồn: {ids}', en: 'Sources: {ids}' },
  note: { vi: 'Ghi chú: {text}', en: 'Note: {text}' },
  confidence: { vi: 'Độ tin cậy: {text}', en: 'Confidence: {text}' },
  code: { vi: 'Ký hiệu: {code}', en: 'Code: {code}' },
  unconfirmed: { vi: '(chưa xác nhận)', en: '(unconfirmed)' },
  kind: { vi: 'Loại: {kind}', en: 'Kind: {kind}' },
  parent: { vi: 'Trực thuộc: {name}', en: 'Under: {name}' },
  from: { vi: 'Hiệu lực từ {date}', en: 'In force from {date}' },
  to: { vi: 'Hiệu lực đến hết {date}', en: 'In force until {date}' },
  successor: { vi: 'Đơn vị kế thừa: {name}', en: 'Successor: {name}' },
  ended: { vi: '**Đã hết hiệu lực ở ngày {date} của hồ sơ.**', en: '**No longer in force on the record date {date}.**' },
  notYet: { vi: '**Chưa có hiệu lực ở ngày {date} của hồ sơ.**', en: '**Not yet in force on the record date {date}.**' },
  family: { vi: 'Họ đơn vị "{prefix}": tiền tố cộng địa danh', en: 'Unit family "{prefix}": prefix plus place name' },
  headCeiling: { vi: 'Cấp bậc hàm cao nhất của người đứng đầu: {rank}', en: 'Highest rank of the head: {rank}' },
  ceiling: { vi: 'Cấp bậc hàm cao nhất: **{rank}** — {basis}', en: 'Highest rank: **{rank}** — {basis}' },
  unitCeiling: { vi: 'trần riêng của {unit} (danh mục đơn vị)', en: 'the ceiling set for {unit} (unit catalog)' },
  noBasis: { vi: 'chưa ghi căn cứ', en: 'basis not recorded' },
  noCeiling: { vi: 'Danh mục không ghi cấp bậc hàm cao nhất cho chức vụ này.', en: 'The catalog sets no highest rank for this position.' },
  headKind: {
    vi: 'Với chức vụ đứng đầu đơn vị, đây là mức cao nhất cho mọi đơn vị loại này; mức riêng của một đơn vị (nếu có) ghi trong danh mục đơn vị.',
    en: 'For a unit-head post this is the highest ceiling of any unit of its kind; a unit’s own ceiling, if any, is in the unit catalog.',
  },
  decree: {
    vi: 'Từ cuối năm 2024 chức vụ có cấp bậc Trung tướng, Thiếu tướng do Chính phủ quy định bằng nghị định, chưa được đối chiếu.',
    en: 'Since late 2024 the Government sets Trung tướng and Thiếu tướng posts by a decree not yet checked.',
  },
  count: { vi: 'Đơn vị đếm: giá trị là số nguyên.', en: 'A count: the value is a whole number.' },
  percent: { vi: 'Tỷ lệ phần trăm: giá trị từ 0 đến 100.', en: 'A percentage: the value is between 0 and 100.' },
  quantity: { vi: 'Đại lượng: {text}', en: 'Quantity: {text}' },
  registry: { vi: 'Theo sổ người, ở ngày {date} (giai đoạn {span}):', en: 'From the people registry, on {date} (period {span}):' },
  record: { vi: 'Theo hồ sơ {uri}:', en: 'As named in {uri}:' },
  unknown: { vi: 'Sổ người không có thông tin về người này ở ngày {date}.', en: 'The people registry has nothing on this person for {date}.' },
  unknownNoDate: { vi: 'Sổ người không có thông tin về người này.', en: 'The people registry has nothing on this person.' },
  rank: { vi: 'Cấp bậc: {v}', en: 'Rank: {v}' },
  positions: { vi: 'Chức vụ: {v}', en: 'Positions: {v}' },
  unit: { vi: 'Đơn vị: {v}', en: 'Unit: {v}' },
};

const CONFIDENCE: Record<Confidence, Bilingual> = {
  C: { vi: 'đã xác nhận', en: 'confirmed' },
  S: { vi: 'một nguồn', en: 'single source' },
  X: { vi: 'đã kiểm chứng', en: 'verified locally' },
  I: { vi: 'suy luận từ bài báo', en: 'inferred from the articles' },
  U: { vi: 'chưa xác nhận', en: 'unconfirmed' },
};

function trailer(e: { note?: string; sources?: string[]; confidence?: Confidence }, locale: Locale): string[] {
  const out: string[] = [];
  if (e.note) out.push(format(M.note, locale, { text: localized(e.note, locale) ?? e.note }));
  if (e.confidence && e.confidence !== 'C') out.push(format(M.confidence, locale, { text: CONFIDENCE[e.confidence] ?? e.confidence }));
  if (e.sources?.length) out.push(format(M.sources, locale, { ids: e.sources.join(', ') }));
  return out;
}

export function rankHover(catalog: Catalog, value: string, force: string | undefined, locale: Locale): string | undefined {
  let f = catalog.forceOf(force);
  let m = f ? catalog.ranks(f.id)?.match(value) : undefined;
  const lines: string[] = [];
  if (!m) {
    const other = catalog.forcesWithRank(value)[0];
    if (!other) return undefined;
    if (f) lines.push(format(M.notInForce, locale, { force: f.name }));
    f = other;
    m = catalog.ranks(other.id)?.match(value);
  }
  if (!f || !m) return undefined;
  const r: RankEntry = m.entry;
  const ladder = f.ranks;
  const max = Math.max(...ladder.map((x) => x.order));
  const names = (order: number) =>
    ladder
      .filter((x) => x.order === order)
      .map((x) => x.name)
      .join(' / ');
  const head = [format(M.ladder, locale, { order: r.order, max, name: r.name, tier: r.tier })];
  if (names(r.order - 1)) head.push(format(M.above, locale, { names: names(r.order - 1) }));
  if (names(r.order + 1)) head.push(format(M.below, locale, { names: names(r.order + 1) }));
  return [
    `**${r.name}** · ${r.tier}`,
    ...lines,
    head.join('; '),
    m.kind !== 'exact' ? format(M.canonical, locale, { name: r.name }) : '',
    format(M.force, locale, { name: f.name }),
    r.english ? format(M.english, locale, { text: r.english }) : '',
    ...trailer(r, locale),
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function unitHover(catalog: Catalog, value: string, date: string | undefined, locale: Locale): string | undefined {
  const m = catalog.matchUnit(value);
  if (!m) return undefined;
  const lines: string[] = [`**${m.canonical}**`];
  const e: (UnitEntry | UnitFamily) & { successor_confidence?: Confidence; head_ceiling?: string } = m.unit ?? m.family!;
  if (m.kind !== 'exact' && m.unit) lines.push(format(M.canonical, locale, { name: m.canonical }));
  if (m.unit?.code) lines.push(format(M.code, locale, { code: m.unit.code }) + (m.unit.code_confidence === 'U' ? ' ' + format(M.unconfirmed, locale) : ''));
  if (m.family) lines.push(format(M.family, locale, { prefix: m.family.prefix }));
  const kindLine = [e.kind ? format(M.kind, locale, { kind: e.kind }) : '', m.unit?.parent ? format(M.parent, locale, { name: m.unit.parent }) : '']
    .filter(Boolean)
    .join(' · ');
  if (kindLine) lines.push(kindLine);
  // Which rank ladder the unit's people use when a record gives no force (an army unit, a ministry).
  const force = e.force ? catalog.forces.match(e.force)?.entry : undefined;
  if (force) lines.push(format(M.force, locale, { name: force.name }));
  if (e.valid_from) lines.push(format(M.from, locale, { date: String(e.valid_from) }));
  if (e.valid_to) lines.push(format(M.to, locale, { date: String(e.valid_to) }));
  if (m.unit?.successor) {
    const c = e.successor_confidence;
    lines.push(format(M.successor, locale, { name: m.unit.successor }) + (c && c !== 'C' ? ` (${format(CONFIDENCE[c] ?? { vi: c, en: c }, locale)})` : ''));
  }
  if (date && !inForce(e, date)) lines.push(format(e.valid_to && String(e.valid_to) < date ? M.ended : M.notYet, locale, { date }));
  if (e.head_ceiling) lines.push(format(M.headCeiling, locale, { rank: e.head_ceiling }));
  return [...lines, ...trailer(e, locale)].join('\n\n');
}

export function positionHover(catalog: Catalog, value: string, locale: Locale): string | undefined {
  const m = catalog.matchPosition(value);
  if (!m) return undefined;
  const lines: string[] = [`**${m.canonical}**`];
  if (m.kind !== 'exact') lines.push(format(M.canonical, locale, { name: m.canonical }));
  const ceiling = catalog.ceilingOf(m);
  if (ceiling) {
    const own = m.position.kind === 'unit-head' && !!m.unit?.unit?.head_ceiling && ceiling === m.unit.unit.head_ceiling;
    const basis = own ? format(M.unitCeiling, locale, { unit: m.unit!.unit!.name }) : (m.position.ceiling_basis ?? format(M.noBasis, locale));
    lines.push(format(M.ceiling, locale, { rank: ceiling, basis }));
    if (!own && m.position.kind === 'unit-head') lines.push(format(M.headKind, locale));
    if (ceiling === 'Trung tướng' || ceiling === 'Thiếu tướng') lines.push(format(M.decree, locale));
  } else lines.push(format(M.noCeiling, locale));
  return [...lines, ...trailer(m.position, locale)].join('\n\n');
}

export function measureHover(catalog: Catalog, value: string, locale: Locale): string | undefined {
  const m = catalog.measures.match(value);
  if (!m) return undefined;
  const e = m.entry as typeof m.entry & { quantity?: string };
  const lines = [`**${e.name}**`];
  if (m.kind !== 'exact') lines.push(format(M.canonical, locale, { name: e.name }));
  if (e.count) lines.push(format(M.count, locale));
  else if (e.percent) lines.push(format(M.percent, locale));
  else if (e.quantity) lines.push(format(M.quantity, locale, { text: e.quantity }));
  if (e.english) lines.push(format(M.english, locale, { text: e.english }));
  return [...lines, ...trailer(e, locale)].join('\n\n');
}

export function personHover(people: PeopleRegistry, name: string, date: string | undefined, locale: Locale): string {
  const state = people.stateFor(name, date);
  const head = `**${people.entry(name)?.name ?? name}**`;
  const table = timelineTable(people, name, locale);
  if (!state) return [head, format(date ? M.unknown : M.unknownNoDate, locale, { date: date ?? '' }), table].filter(Boolean).join('\n\n');
  const span = `${state.from ?? '?'} – ${'to' in state && state.to ? String(state.to) : '…'}`;
  const intro = state.basis === 'registry' && date ? format(M.registry, locale, { date, span }) : format(M.record, locale, { uri: state.uri ?? '' });
  const facts = [
    state.rank ? format(M.rank, locale, { v: state.rank }) : '',
    state.positions?.length ? format(M.positions, locale, { v: state.positions.join('; ') }) : '',
    state.unit ? format(M.unit, locale, { v: state.unit }) : '',
    state.force ? format(M.force, locale, { name: state.force }) : '',
  ].filter(Boolean);
  return [head, intro, facts.map((f) => `- ${f}`).join('\n'), table].filter(Boolean).join('\n\n');
}
