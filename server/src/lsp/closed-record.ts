// A workspace record that is not open in the editor, as features see it: its summary at hand
// (engine/summary.ts), its parse tree made again from the text only when a feature reads it.
import type { ParsedRecord, RecordSummary } from '../engine';
import type { Project } from './projects';
import type { RecordRef } from './workspace';

/** The record of a closed file: its summary at hand, its parse tree made only when read. */
export function closedRef(project: Project, disk: { uri: string; text: string; mtimeMs: number; size: number }, summary: RecordSummary): RecordRef {
  let parsed: ParsedRecord | undefined;
  return {
    uri: disk.uri,
    project,
    summary,
    stamp: `m${disk.mtimeMs}:${disk.size}`,
    get record(): ParsedRecord {
      parsed ??= project.engine.parse(disk.text, disk.uri, 0);
      return parsed;
    },
  };
}
