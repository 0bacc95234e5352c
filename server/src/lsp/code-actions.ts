// Code actions: the engine's quick fixes for the requested range and its "fix all", as LSP
// actions. LSP 3.17 has no snippet text edit, so a snippet fix is sent either as the client
// command `briefing.insertSnippet` (only to clients that say they implement it, like this
// extension's VS Code client) or, for every other client, as a plain edit whose tab stops and
// placeholders are emptied (snippet-text.ts).
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { CodeAction as EngineCodeAction, Diagnostic, Engine, ParsedRecord, Range, TextEdit, ValidateOptions } from '../engine';
import { INSERT_SNIPPET_COMMAND, type InsertSnippetArgs } from './protocol';
import { snippetToPlain } from './snippet-text';

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
  /** The client resolves code actions (`codeAction/resolve` with `edit`): "fix all" is deferred. */
  resolveEdits?: boolean;
  convert: (d: Diagnostic) => LspDiagnostic;
}

/** What a deferred "fix all" carries to its `codeAction/resolve`. */
export interface FixAllData {
  briefingFixAll: true;
  uri: string;
}

export function isFixAllData(x: unknown): x is FixAllData {
  return typeof x === 'object' && x !== null && (x as FixAllData).briefingFixAll === true && typeof (x as FixAllData).uri === 'string';
}

/** "Fix all" for this product, as `editor.codeActionsOnSave` names it (like source.fixAll.eslint). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.briefing`;

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
}

export function codeActions(req: CodeActionRequest): CodeAction[] {
  const all = req.engine.validate(req.record, req.validateOptions);
  return req.engine
    .codeActions(req.record, req.range, all, { ...req.validateOptions, deferFixAll: !!req.resolveEdits })
    .filter((a) => wants(req.only, a.kind === 'source.fixAll' ? FIX_ALL_KIND : CodeActionKind.QuickFix))
    .map((a) =>
      a.deferred ? { title: a.title, kind: FIX_ALL_KIND, data: { briefingFixAll: true, uri: req.uri } satisfies FixAllData } : toCodeAction(req, a),
    );
}

/** The edits of a deferred "fix all", computed when the user picks it, on the current text. */
export function resolveFixAll(req: Omit<CodeActionRequest, 'range' | 'clientDiagnostics' | 'only' | 'resolveEdits'>, action: CodeAction): CodeAction {
  const all = req.engine.validate(req.record, req.validateOptions);
  const origin = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const fixAll = req.engine.codeActions(req.record, origin, all, req.validateOptions).find((a) => a.kind === 'source.fixAll');
  return { ...action, edit: workspaceEdit(req, fixAll?.edits ?? []) };
}

function toCodeAction(req: CodeActionRequest, a: EngineCodeAction): CodeAction {
  const kind = a.kind === 'source.fixAll' ? FIX_ALL_KIND : CodeActionKind.QuickFix;
  const action: CodeAction = { title: a.title, kind };
  if (a.diagnostics.length) {
    // The client's own diagnostic objects when they match, so it can link the fix to them.
    action.diagnostics = a.diagnostics.map((d) => req.clientDiagnostics.find((c) => c.code === d.code && sameRange(c.range, d.range)) ?? req.convert(d));
  }
  if (a.isPreferred) action.isPreferred = true;
  if (a.snippet && req.snippetCommand) {
    const args: InsertSnippetArgs = { uri: req.uri, version: req.version, edits: a.edits };
    action.command = { title: a.title, command: INSERT_SNIPPET_COMMAND, arguments: [args] };
    return action;
  }
  const edits: TextEdit[] = a.snippet ? a.edits.map((e) => ({ range: e.range, newText: snippetToPlain(e.newText) })) : a.edits;
  action.edit = workspaceEdit(req, edits);
  return action;
}

function workspaceEdit(req: Pick<CodeActionRequest, 'documentChanges' | 'version' | 'uri'>, edits: TextEdit[]): WorkspaceEdit {
  if (req.documentChanges && req.version !== undefined) {
    return { documentChanges: [{ textDocument: { uri: req.uri, version: req.version }, edits }] };
  }
  return { changes: { [req.uri]: edits } };
}
