// A workspace record that is not open in the editor, as features see it: its summary at hand
// (engine/summary.ts), its parse tree made again from the text only when a feature reads it.
import { summarize, type ParsedRecord, type RecordSummary } from '../engine';
import type { Project } from './projects';
import type { RecordRef } from './workspace';

/**
 * Characters of text whose parse a workspace scan keeps from making the summary to the file's
 * first validation, so that a scan parses each file once (~16 bytes of tree per character).
 */
export const SCAN_KEEP_BUDGET = 4 * 1024 * 1024;

export interface ClosedText {
  uri: string;
  text: string;
  mtimeMs: number;
  size: number;
  summary?: RecordSummary;
  /** The parse the summary was made from, kept for the first validation (during a scan only). */
  fresh?: ParsedRecord;
}

/** A closed file's summary, made from one parse; that parse is kept while `keep.chars` allows. */
export function closedSummary(project: Project, disk: ClosedText, keep: { chars: number }): RecordSummary {
  if (disk.summary) return disk.summary;
  const parsed = project.engine.parse(disk.text, disk.uri, 0);
  disk.summary = summarize(parsed);
  if (disk.text.length <= keep.chars) {
    keep.chars -= disk.text.length;
    disk.fresh = parsed;
  }
  return disk.summary;
}

/** The record of a closed file: its summary at hand, its parse tree made only when read. */
export function closedRef(project: Project, disk: ClosedText, summary: RecordSummary): RecordRef {
  let parsed: ParsedRecord | undefined;
  return {
    uri: disk.uri,
    project,
    summary,
    stamp: `m${disk.mtimeMs}:${disk.size}`,
    get record(): ParsedRecord {
      if (!parsed) {
        parsed = disk.fresh ?? project.engine.parse(disk.text, disk.uri, 0);
        disk.fresh = undefined;
      }
      return parsed;
    },
  };
}
