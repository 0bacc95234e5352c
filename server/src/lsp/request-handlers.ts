// The request handlers: completion, hover, symbols, folding, code actions, navigation by person
// and the server's own workspace validation. Each reads the workspace model and asks the engine (features.ts,
// code-actions.ts); registration goes through the readiness gate.
import type { CodeAction, CodeActionParams } from 'vscode-languageserver/node';
import { codeActions, isFixAllData, resolveFixAll } from './code-actions';
import { completion, documentSymbols, foldingRanges, hover, workspaceSymbols } from './features';
import { VALIDATE_WORKSPACE } from './protocol';
import { registerDraftRequests, withDraftSource } from './draft';
import { registerPeopleNavigation } from './people-navigation';
import type { ServerState } from './server-state';
import type { WorkspaceIndexing } from './workspace-indexing';

function codeActionsFor(state: ServerState, params: CodeActionParams) {
  const ref = state.workspace.get(params.textDocument.uri);
  if (!ref) return [];
  return codeActions({
    engine: ref.project.engine,
    record: ref.record,
    uri: ref.uri,
    version: ref.version,
    range: params.range,
    clientDiagnostics: params.context.diagnostics.filter((d) => d.source === 'briefing'),
    only: params.context.only,
    validateOptions: state.validateOptions(ref.project),
    snippetCommand: state.initOptions.snippetCommand === true,
    documentChanges: !!state.caps.workspace?.workspaceEdit?.documentChanges,
    resolveEdits: resolvesEdits(state),
    convert: (d) => state.diagnostics.convert([d], ref.uri)[0],
  });
}

/** Whether the client resolves a code action's edit lazily (codeAction/resolve). */
export function resolvesEdits(state: ServerState): boolean {
  return !!state.caps.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit');
}

/** The deferred "fix all", computed now that it was chosen (on the document's current text). */
function resolveCodeAction(state: ServerState, action: CodeAction): CodeAction {
  if (!isFixAllData(action.data)) return action;
  const ref = state.workspace.get(action.data.uri);
  if (!ref) return action;
  return resolveFixAll(
    {
      engine: ref.project.engine,
      record: ref.record,
      uri: ref.uri,
      version: ref.version,
      validateOptions: state.validateOptions(ref.project),
      snippetCommand: state.initOptions.snippetCommand === true,
      documentChanges: !!state.caps.workspace?.workspaceEdit?.documentChanges,
      convert: (d) => state.diagnostics.convert([d], ref.uri)[0],
    },
    action,
  );
}

export function registerRequestHandlers(state: ServerState, indexing: WorkspaceIndexing): void {
  const { connection, handlers } = state;
  connection.onCompletion(
    handlers.request('completion', null, (p) => completion(state.workspace, state.client, p.textDocument.uri, p.position, state.locale())),
  );
  // A person's hover shows their timeline across the workspace's records: it waits for the scan.
  connection.onHover(
    handlers.request(
      'hover',
      null,
      (p) => withDraftSource(state, p.textDocument.uri, p.position, hover(state.workspace, state.client, p.textDocument.uri, p.position, state.locale())),
      'scanned',
    ),
  );
  connection.onDocumentSymbol(
    handlers.request('documentSymbol', [], (p) => documentSymbols(state.workspace, state.client, p.textDocument.uri, state.locale())),
  );
  connection.onFoldingRanges(handlers.request('foldingRange', [], (p) => foldingRanges(state.workspace, p.textDocument.uri)));
  // Workspace symbols search the records on disk too: they wait for the first scan.
  connection.onWorkspaceSymbol(handlers.request('workspaceSymbol', [], (p, token) => workspaceSymbols(state.workspace, p.query, token), 'scanned'));
  connection.onCodeAction(handlers.request('codeAction', [], (p) => codeActionsFor(state, p)));
  // On a failure the action comes back as it was (the fallback is the action itself).
  connection.onCodeActionResolve((action) => handlers.request('codeAction/resolve', action, (a: CodeAction) => resolveCodeAction(state, a))(action));
  registerDraftRequests(state);
  registerPeopleNavigation(state);
  connection.onRequest(
    VALIDATE_WORKSPACE,
    handlers.request(VALIDATE_WORKSPACE, null, async (_params: unknown, token) => {
      await indexing.reloadData(false);
      return indexing.validateWorkspace(() => token.isCancellationRequested);
    }),
  );
}
