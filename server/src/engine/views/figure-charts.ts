// The figures of one record as bar charts, one per measurement unit (kg and vụ never share an
// axis). Statistics without a number are left out of the chart but stay in the table.
import type { Labels } from './labels';
import type { StatisticRow } from './statistic-view';

export interface Bar {
  label: string;
  value: number;
  valueText: string;
  line?: number;
  /** Stacked parts (breakdown), in order, with what is left of the total last. */
  parts: { label: string; value: number }[];
}

export interface BarChart {
  id: string;
  unit: string;
  title: string;
  /** One sentence a screen reader reads before the table. */
  description: string;
  bars: Bar[];
}

export function figureCharts(rows: readonly StatisticRow[], l: Labels): BarChart[] {
  const byUnit = new Map<string, StatisticRow[]>();
  for (const r of rows) {
    if (r.value === undefined) continue;
    const unit = r.unit ?? '';
    const group = byUnit.get(unit);
    if (group) group.push(r);
    else byUnit.set(unit, [r]);
  }
  return [...byUnit].map(([unit, group], i) => {
    const bars = group.map((r): Bar => {
      const parts = r.breakdown.filter((p) => p.value !== undefined).map((p) => ({ label: p.label, value: p.value as number }));
      const sum = parts.reduce((a, p) => a + p.value, 0);
      if (parts.length && sum < (r.value as number)) parts.push({ label: l.rest, value: (r.value as number) - sum });
      return { label: r.label, value: r.value as number, valueText: r.valueText, line: r.line, parts };
    });
    const max = bars.reduce((a, b) => (b.value > a.value ? b : a), bars[0]);
    const title = unit ? `${l.statistics} (${unit})` : l.statistics;
    return { id: `chart-${i + 1}`, unit, title, description: `${title}: ${bars.length} ${l.figures}; ${l.largest}: ${max.label}, ${max.valueText}.`, bars };
  });
}
