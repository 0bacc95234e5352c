// View models: what the preview, the statistics view and the published page show, as plain data.
export { recordCard, type RecordCard, type PersonView, type DirectiveView, type ProblemView, type MeetingView } from './record-card';
export { statisticRow, type StatisticRow, type ComparisonView, type BreakdownPart } from './statistic-view';
export type { BarChart, Bar } from './figure-charts';
export { statisticRows, filterRows, sortRows, groupCounts, type StatRow, type StatFilter, type GroupCount } from './statistics-table';
export { seriesChart, type SeriesChart, type Series, type SeriesPoint } from './series';
export { labels, type Labels } from './labels';
export { formatNumber, formatAmount } from './numbers';
export { formatCsv, formatMarkdown, formatStatsJson, formatTable, type StatsFormat, type CsvOptions } from './statistics-export';
