// Pull diagnostics, for clients that advertise textDocument/diagnostic: the server then never
// pushes, answers document and workspace pulls with result ids, and asks for a refresh when
// settings change.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import { TestClient } from './helpers/lsp-client';
import { makeWorkspace, type TempWorkspace } from './helpers/workspace';
import { BROKEN } from './helpers/fixtures';

describe('pull diagnostics', () => {
  let ws: TempWorkspace;
  let client: TestClient;
  before(async () => {
    ws = makeWorkspace({ 'closed.briefing.yaml': BROKEN, '.briefing/catalog.yaml': 'measures:\n  - nam: con\n' });
    client = await TestClient.start({ folders: [ws.uri], pull: true, settings: { validate: { debounceMs: 0 } } });
    // The workspace pull is held until the scan is over. A document pulled during the scan may
    // legitimately get a new result id once the closed records' people are indexed (the server
    // then asks for a refresh), so the result-id tests start from a scanned workspace.
    await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
  });
  after(async () => {
    await client.stop();
    ws.remove();
  });

  test('the server advertises pull diagnostics', () => {
    assert.deepEqual(client.initializeResult?.capabilities.diagnosticProvider, {
      identifier: 'briefing',
      interFileDependencies: true,
      workspaceDiagnostics: true,
    });
  });

  test('document pulls return full reports, then unchanged for the same result id', async () => {
    const uri = ws.uriOf('open.briefing.yaml');
    client.open(uri, BROKEN);
    const full = await client.pullDiagnostics(uri);
    assert.equal(full.kind, 'full');
    assert.deepEqual(full.kind === 'full' && full.items.map((d) => d.code), ['impossible-date', 'catalog-spelling', 'thousands-separator']);
    const again = await client.pullDiagnostics(uri, full.resultId);
    assert.deepEqual(again, { kind: 'unchanged', resultId: full.resultId });
    client.change(uri, BROKEN.replace('2020-02-30', '2020-02-20'));
    const changed = await client.pullDiagnostics(uri, full.resultId);
    assert.deepEqual(changed.kind === 'full' && changed.items.map((d) => d.code), ['catalog-spelling', 'thousands-separator']);
  });

  test('the workspace pull covers closed records and the workspace data files', async () => {
    const report = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    const byUri = new Map(report.items.map((i) => [i.uri, i]));
    const closed = byUri.get(ws.uriOf('closed.briefing.yaml'));
    assert.ok(closed && closed.kind === 'full');
    assert.deepEqual(
      closed.items.map((d) => d.code),
      ['impossible-date', 'catalog-spelling', 'thousands-separator'],
    );
    const catalog = byUri.get(ws.uriOf('.briefing/catalog.yaml'));
    assert.ok(catalog && catalog.kind === 'full');
    assert.deepEqual(
      catalog.items.map((d) => d.code),
      ['unknown-key'],
    );
    assert.equal(byUri.has(ws.uriOf('open.briefing.yaml')), false, 'open documents are pulled per document');

    const previousResultIds = report.items.map((i) => ({ uri: i.uri, value: i.resultId! }));
    const second = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });
    assert.ok(second.items.every((i) => i.kind === 'unchanged'));
  });

  test('a settings change asks the client to refresh, and nothing is ever pushed', async () => {
    const before = client.refreshRequests;
    await client.setSettings({ validate: { debounceMs: 0 }, rules: { 'impossible-date': 'off' } });
    await client.waitFor(() => (client.refreshRequests > before ? true : undefined), 'diagnostic refresh');
    const uri = ws.uriOf('open.briefing.yaml');
    const report = await client.pullDiagnostics(uri);
    assert.deepEqual(report.kind === 'full' && report.items.map((d) => d.code), ['catalog-spelling', 'thousands-separator']);
    assert.equal(client.published.length, 0);
  });
});
