// Machine-readable output: every diagnostic with its LSP range (0-based) and 1-based line/column.
// Written piece by piece (see json-stream.ts): any number of findings, the same bytes as one
// JSON.stringify of the whole report.
import { severityName, type Diagnostic } from '../../engine';
import type { RunResult } from '../result';
import { count } from '../result';
import type { FormatContext } from './formatter';
import { ITEM, mapped, objectWithStreamedArray } from './json-stream';

function diagnosticJson(d: Diagnostic) {
  return {
    rule: d.code,
    severity: severityName(d.severity),
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    range: d.range,
    ...(d.fixes?.length
      ? { fixes: d.fixes.map((x) => ({ title: x.title, kind: x.kind, preferred: !!x.preferred, snippet: !!x.snippet, edits: x.edits })) }
      : {}),
    ...(d.related?.length ? { related: d.related } : {}),
  };
}

export function* formatJson(result: RunResult, { version }: Pick<FormatContext, 'version'>): Generator<string> {
  const n = count(result.files);
  const head = {
    tool: 'briefing',
    version,
    summary: {
      files: result.files.length,
      unreadable: result.files.filter((f) => f.ioError).length,
      errors: n.errors,
      warnings: n.warnings,
      infos: n.infos,
      fixable: n.fixable,
      elapsedMs: Math.round(result.elapsedMs),
    },
  };
  const files = function* (depth: number): Generator<string> {
    for (const f of result.files) {
      yield ITEM;
      const fileHead = {
        path: f.path,
        ...(f.fixed ? { fixed: f.fixed } : {}),
        ...(f.ioError ? { error: f.ioError } : {}),
        ...(f.edits ? { edits: f.edits, output: f.output } : {}),
      };
      yield* objectWithStreamedArray(fileHead, 'diagnostics', mapped(f.diagnostics, diagnosticJson), depth);
    }
  };
  yield* objectWithStreamedArray(head, 'files', files, 0);
  yield '\n';
}
