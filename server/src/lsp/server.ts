// The language server: LSP wiring over the engine. The parts, each in its own module:
// server-state.ts (what the server holds), readiness.ts (the one gate every handler passes),
// lifecycle.ts (initialize, initialized), settings-sync.ts, workspace-indexing.ts (file watching,
// folders, data files, the scan), diagnostics-scheduling.ts (document events, push/pull) and
// request-handlers.ts. Every answer comes from the engine through convert.ts.
import type { Connection } from 'vscode-languageserver/node';
import { DiagnosticsScheduling } from './diagnostics-scheduling';
import { initialize, initialized } from './lifecycle';
import { registerRequestHandlers } from './request-handlers';
import { registerViewRequests } from './views';
import { ServerState } from './server-state';
import { SettingsSync } from './settings-sync';
import { WorkspaceIndexing } from './workspace-indexing';

export function startServer(connection: Connection): void {
  const state = new ServerState(connection);
  const indexing = new WorkspaceIndexing(state);
  const settings = new SettingsSync(state, indexing);

  connection.onInitialize((params) => initialize(state, params));
  connection.onInitialized(state.handlers.immediate('initialized', () => initialized(state, settings, indexing)));
  connection.onShutdown(() => {
    state.gate.shutdownReceived = true;
    state.info('Briefing Records server shutting down.');
  });

  settings.register();
  indexing.register();
  new DiagnosticsScheduling(state, indexing).register();
  registerRequestHandlers(state, indexing);
  registerViewRequests(state);

  state.documents.listen(connection);
  connection.listen();
}
