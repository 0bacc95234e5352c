// Requests for the views (record preview, statistics over time): the server answers with view
// models built from the records it has already parsed, so the client never parses a record.
import type { views } from '../engine';

/** Request: the card of one record (open document or workspace file). */
export const RECORD_VIEW = 'briefing/recordView';
export interface RecordViewParams {
  uri: string;
}
export interface RecordViewResult {
  uri: string;
  /** The open document's version the card was built from; undefined for a file on disk. */
  version?: number;
  card: views.RecordCard;
}

/** Request: every statistic of every record the server knows, filtered, with topic/label counts. */
export const STATISTICS_VIEW = 'briefing/statistics';
export interface StatisticsViewParams extends views.StatFilter {
  /** Leave out the topic and label counts (the quick pick needs them once). */
  rowsOnly?: boolean;
}
export interface StatisticsViewResult {
  locale: 'vi' | 'en';
  rows: views.StatRow[];
  groups: views.GroupCount[];
}
