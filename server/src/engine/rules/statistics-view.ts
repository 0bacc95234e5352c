// The statistics of a record with their measurement unit resolved against the catalog.
import type { RuleContext } from './rule';
import { list, str, get, isObj, type Obj } from '../model/record-view';
import type { MeasureEntry } from '../catalog/types';

export interface StatisticView {
  index: number;
  stat: Obj;
  value: unknown;
  measure?: MeasureEntry;
}

const cache = new WeakMap<RuleContext, StatisticView[]>();

/** Computed once per check run and shared by the statistics rules. */
export function statistics(ctx: RuleContext): StatisticView[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const out: StatisticView[] = [];
  cache.set(ctx, out);
  list(ctx.data, 'statistics').forEach((s, index) => {
    if (!isObj(s)) return;
    const unit = str(s, 'unit');
    out.push({ index, stat: s, value: get(s, 'value'), measure: unit ? ctx.catalog.measures.match(unit)?.entry : undefined });
  });
  return out;
}
