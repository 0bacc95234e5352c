// The readiness gate: every request kind sent the moment `initialized` goes out (before the
// server has read its settings, the workspace catalog and people files, or scanned the folder)
// gets the same answer as once the server has settled. The answers depend on all three: the
// locale comes only from workspace/configuration, the measure "con" only from the workspace
// catalog, Tô Lâm's rank only from the people file, and the closed samples only from the scan.
// Repeated with a fresh server each round, because a missing gate shows only sometimes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentDiagnosticReport, SymbolInformation, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import { TestClient, itemsOf } from './helpers/lsp-client';
import { makeWorkspace } from './helpers/workspace';
import { RECORD_VIEW, STATISTICS_VIEW } from '../../server/src/lsp/view-protocol';

const ROUNDS = 5;

// Line 5: a rank without diacritics (a safe fix); line 6: a person in the people file; line 10:
// a measure being typed that only the workspace catalog knows.
const RECORD = `meeting:
  kind: sơ kết
  title: Hội nghị sơ kết
  date: 2020-02-26
chair:
  rank: Dai tuong
  name: Tô Lâm
statistics:
  - label: Con vật
    value: 3
    unit: co
source:
  publisher: X
  published: 2020-02-27
`;

const at = (line: number, character: number) => ({ line, character });
const whole = { start: at(0, 0), end: at(14, 0) };

/** Sends one request of every kind without waiting in between; resolves with all answers. */
function everyRequest(client: TestClient, uri: string): Promise<Record<string, unknown>> {
  const doc = { textDocument: { uri } };
  const requests: Record<string, Promise<unknown>> = {
    completion: client.completion(uri, at(10, 12)).then(itemsOf),
    hover: client.hover(uri, at(6, 10)),
    documentSymbol: client.documentSymbols(uri),
    foldingRange: client.request('textDocument/foldingRange', doc),
    workspaceSymbol: client.request<SymbolInformation[]>('workspace/symbol', { query: 'to lam' }),
    codeAction: client.codeActions(uri, whole, [], ['source.fixAll']),
    documentDiagnostic: client.pullDiagnostics(uri),
    workspaceDiagnostic: client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] }),
    validateWorkspace: client.request('briefing/validateWorkspace'),
    recordView: client.request(RECORD_VIEW, { uri }),
    statisticsView: client.request(STATISTICS_VIEW, {}),
  };
  const names = Object.keys(requests);
  return Promise.all(Object.values(requests)).then((answers) => Object.fromEntries(answers.map((a, i) => [names[i], a])));
}

/**
 * Workspace symbols and diagnostics in a stable order (closed files are found in any order),
 * diagnostic reports without their result ids (validateWorkspace reloads the data files, which
 * starts a new generation of results).
 */
function normalised(answers: Record<string, unknown>): Record<string, unknown> {
  const out = { ...answers };
  out.workspaceSymbol = (answers.workspaceSymbol as SymbolInformation[]).map((s) => `${s.name}@${s.location.uri}:${s.location.range.start.line}`).sort();
  const withoutId = ({ resultId: _, ...report }: { resultId?: string }) => report;
  out.documentDiagnostic = withoutId(answers.documentDiagnostic as DocumentDiagnosticReport);
  out.workspaceDiagnostic = (answers.workspaceDiagnostic as WorkspaceDiagnosticReport).items.map((i) => JSON.stringify(withoutId(i))).sort();
  return out;
}

test(`every request kind sent right after initialized waits for the server (${ROUNDS} fresh servers)`, async () => {
  const ws = makeWorkspace({ '.briefing/catalog.yaml': 'measures:\n  - name: con\n    count: true\n' });
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const client = new TestClient({ folders: [ws.uri], pull: true, settings: { locale: 'en', validate: { debounceMs: 0 } } });
      try {
        const uri = ws.uriOf(`open-${round}.briefing.yaml`);
        await client.initializeOnly();
        void client.connection.sendNotification('initialized', {});
        client.open(uri, RECORD);
        const early = normalised(await everyRequest(client, uri));
        const settled = normalised(await everyRequest(client, uri));
        assert.deepEqual(early, settled, `round ${round}: an answer given before the server was ready differs`);

        // What the settled answers must show, so that "equal" means "right".
        const labels = (early.completion as { label: string }[]).map((i) => i.label);
        assert.ok(labels.includes('con'), `round ${round}: the workspace catalog's measure is offered: ${labels.join(', ')}`);
        const hover = JSON.stringify(early.hover);
        assert.match(hover, /Đại tướng/, `round ${round}: the hover knows the people file`);
        const symbols = early.workspaceSymbol as string[];
        assert.ok(
          symbols.some((s) => s.includes('2023-09-28-so-ket-quy-3.briefing.yaml')),
          `round ${round}: closed samples are searched`,
        );
        const actions = early.codeAction as { title: string }[];
        assert.equal(actions.length, 1);
        assert.match(actions[0].title, /^Fix all/, `round ${round}: the locale from workspace/configuration is used: ${actions[0].title}`);
      } finally {
        await client.stop();
      }
    }
  } finally {
    ws.remove();
  }
});
