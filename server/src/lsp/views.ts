// The view requests: a record's card and the statistics across records, from the parsed records
// the server keeps per document version. Diagnostics come from the engine's per-version cache.
import type { Connection } from 'vscode-languageserver/node';
import { views, type Locale, type ValidateOptions } from '../engine';
import { guarded, type Logger } from './safe';
import type { Workspace } from './workspace';
import { RECORD_VIEW, STATISTICS_VIEW, type RecordViewParams, type RecordViewResult, type StatisticsViewParams, type StatisticsViewResult } from './view-protocol';

export interface ViewDeps {
  workspace: () => Workspace;
  ready: Promise<unknown>;
  /** Workspace records on disk are known once the first scan is done. */
  scanned: Promise<unknown>;
  locale: () => Locale;
  validateOptions: () => ValidateOptions;
  log: Logger;
}

export function recordView(ws: Workspace, uri: string, locale: Locale, options: ValidateOptions): RecordViewResult | null {
  const ref = ws.get(uri);
  if (!ref) return null;
  const diagnostics = ref.project.engine.validate(ref.record, options);
  return { uri: ref.uri, version: ref.version, card: views.recordCard(ref.record, { locale, diagnostics }) };
}

export function statisticsView(ws: Workspace, params: StatisticsViewParams, locale: Locale): StatisticsViewResult {
  const all = views.sortRows(ws.allRecords().flatMap((ref) => views.statisticRows(ref.record, locale)));
  const { topic, label, from, to, exact } = params;
  return { locale, rows: views.filterRows(all, { topic, label, from, to, exact }), groups: params.rowsOnly ? [] : views.groupCounts(all) };
}

export function registerViewRequests(connection: Connection, d: ViewDeps): void {
  connection.onRequest(
    RECORD_VIEW,
    guarded(d.log, RECORD_VIEW, null, async (params: RecordViewParams) => {
      await d.ready;
      const view = () => recordView(d.workspace(), params.uri, d.locale(), d.validateOptions());
      // A workspace file that is not open is known once the first scan has found it.
      return view() ?? (await d.scanned, view());
    }),
  );
  connection.onRequest(
    STATISTICS_VIEW,
    guarded(d.log, STATISTICS_VIEW, null, async (params: StatisticsViewParams) => {
      await d.ready;
      await d.scanned;
      return statisticsView(d.workspace(), params ?? {}, d.locale());
    }),
  );
}
