// Machine-readable output: every diagnostic with its LSP range (0-based) and 1-based line/column.
import { severityName } from '../../engine';
import type { RunResult } from '../result';
import { count } from '../result';
import type { FormatContext } from './formatter';

export function formatJson(result: RunResult, { version }: FormatContext): string {
  const n = count(result.files);
  return (
    JSON.stringify(
      {
        tool: 'briefing',
        version,
        summary: { files: result.files.length, unreadable: result.files.filter((f) => f.ioError).length, errors: n.errors, warnings: n.warnings, infos: n.infos, fixable: n.fixable, elapsedMs: Math.round(result.elapsedMs) },
        files: result.files.map((f) => ({
          path: f.path,
          ...(f.fixed ? { fixed: f.fixed } : {}),
          ...(f.ioError ? { error: f.ioError } : {}),
          ...(f.edits ? { edits: f.edits, output: f.output } : {}),
          diagnostics: f.diagnostics.map((d) => ({
            rule: d.code,
            severity: severityName(d.severity),
            message: d.message,
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
            range: d.range,
            ...(d.fixes?.length ? { fixes: d.fixes.map((x) => ({ title: x.title, kind: x.kind, preferred: !!x.preferred, snippet: !!x.snippet, edits: x.edits })) } : {}),
            ...(d.related?.length ? { related: d.related } : {}),
          })),
        })),
      },
      null,
      2,
    ) + '\n'
  );
}
