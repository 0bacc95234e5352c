// HTML faces over the view models: record pages, statistics over time, an index. No DOM, no
// scripts needed to read them; shared by the CLI and the VS Code webviews.
export { page, type PageOptions } from './page';
export { recordBody } from './record-page';
export { statisticsBody, unitCharts, type StatisticsPageOptions } from './statistics-page';
export { indexBody, type IndexEntry } from './index-page';
export { barChartSvg } from './bar-chart';
export { lineChartSvg, standaloneSvg } from './line-chart';
export { esc } from './html';
// What the webviews need besides HTML: labels, CSV, and the view-model types.
export { labels } from '../engine/views/labels';
export { formatCsv } from '../engine/views/statistics-export';
export type { RecordCard, StatRow, GroupCount, StatFilter } from '../engine/views';
