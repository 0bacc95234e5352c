// The view requests: a record's card and the statistics across records, from the parsed records
// the server keeps per document version. Diagnostics come from the engine's per-version cache.
import { views, type Locale, type ValidateOptions } from '../engine';
import type { ServerState } from './server-state';
import type { RecordRef, Workspace } from './workspace';
import {
  RECORD_VIEW,
  STATISTICS_VIEW,
  type RecordViewParams,
  type RecordViewResult,
  type StatisticsViewParams,
  type StatisticsViewResult,
} from './view-protocol';

export function recordView(
  ws: Workspace,
  uri: string,
  locale: Locale,
  optionsFor: (project: RecordRef['project']) => ValidateOptions,
): RecordViewResult | null {
  const ref = ws.get(uri);
  if (!ref) return null;
  const diagnostics = ref.project.engine.validate(ref.record, optionsFor(ref.project));
  return { uri: ref.uri, version: ref.version, card: views.recordCard(ref.record, { locale, diagnostics }) };
}

export function statisticsView(ws: Workspace, params: StatisticsViewParams, locale: Locale): StatisticsViewResult {
  const all = views.sortRows(ws.allRecords().flatMap((ref) => ref.summary?.statistics[locale] ?? views.statisticRows(ref.record, locale)));
  const { topic, label, from, to, exact } = params;
  return { locale, rows: views.filterRows(all, { topic, label, from, to, exact }), groups: params.rowsOnly ? [] : views.groupCounts(all) };
}

export function registerViewRequests(state: ServerState): void {
  const { connection, handlers } = state;
  const view = (uri: string) => recordView(state.workspace, uri, state.locale(), (project) => state.validateOptions(project));
  connection.onRequest(
    RECORD_VIEW,
    // A workspace file that is not open is known once the first scan has found it.
    handlers.request(RECORD_VIEW, null, async (params: RecordViewParams) => view(params.uri) ?? (await handlers.gate.scanned, view(params.uri))),
  );
  connection.onRequest(
    STATISTICS_VIEW,
    handlers.request(STATISTICS_VIEW, null, (params: StatisticsViewParams) => statisticsView(state.workspace, params ?? {}, state.locale()), 'scanned'),
  );
}
