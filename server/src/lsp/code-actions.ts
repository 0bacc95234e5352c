// Code actions: one quick fix per engine fix of the diagnostics in the requested range, and a
// "fix all" source action. LSP 3.17 has no snippet text edit, so a snippet fix is sent either as
// the client command `briefing.insertSnippet` (only to clients that say they implement it, like
// this extension's VS Code client) or, for every other client, as a plain edit whose tab stops
// and placeholders are emptied (snippet-text.ts).
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type WorkspaceEdit } from 'vscode-languageserver/node';
import { fixAll, type Diagnostic, type Engine, type ParsedRecord, type Range, type TextEdit, type ValidateOptions } from '../engine';
import { feature, type EngineCodeAction } from './editor-features';
import { snippetToPlain } from './snippet-text';
import { minimalEdit } from './text-diff';

export const INSERT_SNIPPET_COMMAND = 'briefing.insertSnippet';

export interface CodeActionRequest {
  engine: Engine;
  record: ParsedRecord;
  uri: string;
  /** The open document's version, for versioned edits; undefined for files on disk. */
  version?: number;
  range: Range;
  /** The diagnostics the client sent in the request context. */
  clientDiagnostics: LspDiagnostic[];
  only?: string[];
  validateOptions: ValidateOptions;
  snippetCommand: boolean;
  documentChanges: boolean;
  convert: (d: Diagnostic) => LspDiagnostic;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
}

/** Actions built from the diagnostics' own fixes, for engines without a codeActions feature. */
function actionsFromFixes(req: CodeActionRequest, inRange: Diagnostic[], all: Diagnostic[]): EngineCodeAction[] {
  const out: EngineCodeAction[] = [];
  for (const d of inRange) {
    for (const fix of d.fixes ?? []) {
      out.push({ title: fix.title, kind: 'quickfix', diagnostics: [d], edits: fix.edits, snippet: fix.snippet, isPreferred: fix.preferred });
    }
  }
  if (all.some((d) => d.fixes?.some((f) => f.preferred && !f.snippet))) {
    const { engine, record, validateOptions } = req;
    const result = fixAll(record.text, (t) => (t === record.text ? all : engine.validate(engine.parse(t, record.uri), validateOptions)));
    const edit = minimalEdit(record.text, result.text, record.lines);
    if (edit) {
      const title = validateOptions.locale === 'en' ? 'Fix all auto-fixable problems' : 'Sửa mọi lỗi sửa được tự động';
      out.push({ title, kind: 'source.fixAll', diagnostics: [], edits: [edit] });
    }
  }
  return out;
}

export function codeActions(req: CodeActionRequest): CodeAction[] {
  const all = req.engine.validate(req.record, req.validateOptions);
  const inRange = all.filter((d) => overlaps(d.range, req.range) || req.clientDiagnostics.some((c) => c.code === d.code && sameRange(c.range, d.range)));
  const engineActions = feature(req.engine, 'codeActions');
  const actions = engineActions ? engineActions(req.record, req.range, inRange) : actionsFromFixes(req, inRange, all);
  return actions.filter((a) => wants(req.only, a.kind === 'source.fixAll' ? CodeActionKind.SourceFixAll : CodeActionKind.QuickFix)).map((a) => toCodeAction(req, a));
}

function toCodeAction(req: CodeActionRequest, a: EngineCodeAction): CodeAction {
  const kind = a.kind === 'source.fixAll' ? CodeActionKind.SourceFixAll : CodeActionKind.QuickFix;
  const action: CodeAction = { title: a.title, kind };
  if (a.diagnostics.length) {
    action.diagnostics = a.diagnostics.map((d) => req.clientDiagnostics.find((c) => c.code === d.code && sameRange(c.range, d.range)) ?? req.convert(d));
  }
  if (a.isPreferred) action.isPreferred = true;
  if (a.snippet && req.snippetCommand) {
    action.command = { title: a.title, command: INSERT_SNIPPET_COMMAND, arguments: [{ uri: req.uri, version: req.version, edits: a.edits }] };
    return action;
  }
  const edits: TextEdit[] = a.snippet ? a.edits.map((e) => ({ range: e.range, newText: snippetToPlain(e.newText) })) : a.edits;
  action.edit = workspaceEdit(req, edits);
  return action;
}

function workspaceEdit(req: CodeActionRequest, edits: TextEdit[]): WorkspaceEdit {
  if (req.documentChanges && req.version !== undefined) {
    return { documentChanges: [{ textDocument: { uri: req.uri, version: req.version }, edits }] };
  }
  return { changes: { [req.uri]: edits } };
}
