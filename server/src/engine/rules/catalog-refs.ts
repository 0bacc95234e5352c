// Every catalog-backed value in a record with what the catalog says about it. Computed once per
// check run and shared by the unknown-*, catalog-spelling and rank rules.
import type { RuleContext } from './rule';
import type { PathSegment } from '../parse/nodes';
import { persons, positionRefs, unitRefs, list, str } from '../model/record-view';
import type { ForceEntry } from '../catalog/types';
import type { MatchKind } from '../catalog/name-index';

export type RefKind = 'rank' | 'unit' | 'position' | 'measure';

export interface CatalogRef {
  kind: RefKind;
  path: PathSegment[];
  value: string;
  /** Canonical spelling when the catalog knows the value. */
  canonical?: string;
  matchKind?: MatchKind;
  /** For ranks: the person's force. */
  force?: ForceEntry;
  /** For units and positions: a known unit whose name is a prefix family ("Công an huyện X"). */
  family?: boolean;
  /** Free text is allowed as well as a catalog value. */
  freeText?: boolean;
}

const cache = new WeakMap<RuleContext, CatalogRef[]>();

export function catalogRefs(ctx: RuleContext): CatalogRef[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const out: CatalogRef[] = [];
  const { catalog, data } = ctx;

  for (const p of persons(data)) {
    const rank = str(p.person, 'rank');
    if (rank !== undefined && rank.trim() !== '') {
      const force = catalog.forceOfPerson(p.person, ctx.recordDate);
      const m = force ? catalog.ranks(force.id)?.match(rank) : undefined;
      out.push({ kind: 'rank', path: [...p.path, 'rank'], value: rank, canonical: m?.canonical, matchKind: m?.kind, force });
    }
  }
  for (const r of positionRefs(data)) {
    const m = catalog.matchPosition(r.value, ctx.recordDate);
    out.push({ kind: 'position', path: r.path, value: r.value, canonical: m?.canonical, matchKind: m?.kind });
  }
  for (const r of unitRefs(data)) {
    const m = catalog.matchUnit(r.value, ctx.recordDate);
    out.push({ kind: 'unit', path: r.path, value: r.value, canonical: m?.canonical, matchKind: m?.kind, family: !!m?.family, freeText: r.freeText });
  }
  list(data, 'statistics').forEach((s, i) => {
    const unit = str(s, 'unit');
    if (unit === undefined || unit.trim() === '') return;
    const m = catalog.measures.match(unit);
    out.push({ kind: 'measure', path: ['statistics', i, 'unit'], value: unit, canonical: m?.canonical, matchKind: m?.kind });
  });
  cache.set(ctx, out);
  return out;
}
