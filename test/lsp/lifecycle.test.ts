// The server process: both transports, exiting when the client goes away, surviving bad
// requests, and staying responsive while it validates large files.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { SERVER, TestClient, ensureBuilt } from './helpers/lsp-client';
import { makeWorkspace, sample } from './helpers/workspace';
import { BROKEN } from './helpers/fixtures';

function exitWithin<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms))]);
}

/** A record of about `lines` lines: a sample whose statistics are repeated with distinct labels. */
function bigRecord(lines: number): string {
  const base = sample('2023-09-28-so-ket-quy-3.briefing.yaml');
  const start = base.indexOf('statistics:\n') + 'statistics:\n'.length;
  const end = base.indexOf('\nsource:');
  const stats = base.slice(start, end);
  let text = base.slice(0, start);
  let n = 0;
  while (text.split('\n').length < lines) text += stats.replace(/label: /g, () => `label: ${++n} `) + '\n';
  return text + base.slice(end + 1);
}

describe('server process', () => {
  test('exits by itself when stdin closes', async () => {
    const client = await TestClient.start();
    client.child.stdin!.end();
    const code = await exitWithin(client.exited, 5000, 'exit after stdin closed');
    assert.notEqual(code, null);
  });

  test("exits by itself when the client's process dies", async () => {
    const parent = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const client = await TestClient.start({ processId: parent.pid! });
    parent.kill();
    await once(parent, 'exit');
    await exitWithin(client.exited, 10_000, 'exit after the client process died');
  });

  test('speaks the node IPC transport and exits when the channel closes', async () => {
    ensureBuilt();
    const ws = makeWorkspace({}, { samples: false });
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const exited = once(child, 'exit');
    const conn = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const published: PublishDiagnosticsParams[] = [];
    const got = new Promise<PublishDiagnosticsParams>((resolve) =>
      conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
        published.push(p);
        if (p.diagnostics.length) resolve(p);
      }),
    );
    conn.onRequest('workspace/configuration', () => [{ validate: { debounceMs: 0 } }]);
    conn.onRequest('client/registerCapability', () => null);
    conn.listen();
    try {
      const init = await conn.sendRequest<{ capabilities: { textDocumentSync: unknown } }>('initialize', {
        processId: null,
        rootUri: ws.uri,
        workspaceFolders: [{ uri: ws.uri, name: 'ws' }],
        capabilities: { workspace: { configuration: true } },
      });
      assert.ok(init.capabilities.textDocumentSync);
      await conn.sendNotification('initialized', {});
      const uri = ws.uriOf('ipc.briefing.yaml');
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'briefing-yaml', version: 1, text: BROKEN } });
      const p = await exitWithin(got, 10_000, 'diagnostics over IPC');
      assert.deepEqual(
        p.diagnostics.map((d) => d.code),
        ['impossible-date', 'catalog-spelling', 'thousands-separator'],
      );
      child.disconnect();
      await exitWithin(exited, 5000, 'exit after the IPC channel closed');
    } finally {
      conn.dispose();
      child.kill();
      ws.remove();
    }
  });

  test('a bad request is answered with an empty result and the server keeps working', async () => {
    const ws = makeWorkspace({}, { samples: false });
    const client = await TestClient.start({ folders: [ws.uri], settings: { validate: { debounceMs: 0 } } });
    try {
      assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri: 'file:///nowhere.briefing.yaml' } }), []);
      assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri: ws.uriOf('x.briefing.yaml') }, range: null, context: null }), []);
      assert.equal(await client.hover('file:///nowhere.briefing.yaml', { line: 0, character: 0 }), null);
      assert.deepEqual(await client.documentSymbols('file:///nowhere.briefing.yaml'), []);
      const uri = ws.uriOf('after.briefing.yaml');
      client.open(uri, BROKEN);
      assert.equal((await client.diagnostics(uri, { version: 1 })).length, 3);
    } finally {
      await client.stop();
      ws.remove();
    }
  });
});

describe('start-up', () => {
  test('answers initialize before it loads the engine bundle, then loads it for the first validation', async () => {
    const probe = pathToFileURL(join(__dirname, 'helpers', 'engine-load-probe.mjs')).href;
    const ws = makeWorkspace({}, { samples: false });
    const client = await TestClient.start({ folders: [ws.uri], settings: { validate: { debounceMs: 0 } }, nodeArgs: ['--import', probe] });
    try {
      const uri = ws.uriOf('first.briefing.yaml');
      client.open(uri, BROKEN);
      assert.equal((await client.diagnostics(uri, { version: 1 })).length, 3);
      const notes = client.logs.join('').match(/engine-load-probe: .*/g) ?? [];
      assert.deepEqual(notes, ['engine-load-probe: loaded after the first answer: true']);
    } finally {
      await client.stop();
      ws.remove();
    }
  });
});

describe('large workspaces', () => {
  test('workspace validation yields between files and can be cancelled', async () => {
    // Each big file has one warning (a misspelt rank), so each is published as it is validated.
    const big = bigRecord(5000).replace('rank: Đại tướng', 'rank: Đại tưóng');
    assert.ok(big.split('\n').length >= 5000);
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`big/${i}.briefing.yaml`] = big;
    const ws = makeWorkspace(files, { samples: false });
    const client = await TestClient.start({ folders: [ws.uri], settings: { validate: { debounceMs: 0 } } });
    try {
      const uri = ws.uriOf('typing.briefing.yaml');
      client.open(uri, BROKEN);
      await client.diagnostics(uri, { version: 1 });
      for (let i = 0; i < 6; i++) await client.diagnostics(ws.uriOf(`big/${i}.briefing.yaml`), { timeoutMs: 30_000 });
      // While the workspace is re-validated, an edit made after the first file is done is
      // validated and published before the remaining files are.
      const since = client.published.length;
      const order: string[] = [];
      const validation = client.request<{ files: number }>('briefing/validateWorkspace').then((r) => {
        order.push('workspace');
        return r;
      });
      await client.waitFor(() => (client.published.slice(since).some((p) => p.uri.includes('/big/')) ? true : undefined), 'first big file', 30_000);
      const v2 = client.change(uri, BROKEN.replace('2020-02-30', '2020-02-20'));
      await client.diagnostics(uri, { version: v2, timeoutMs: 30_000 });
      order.push('edit');
      assert.equal((await validation).files, 7);
      assert.deepEqual(order, ['edit', 'workspace']);
      const bigAfterEdit = client.published.slice(client.published.findIndex((p) => p.uri === uri && p.version === v2)).filter((p) => p.uri.includes('/big/'));
      assert.ok(bigAfterEdit.length >= 1, 'some big files were validated after the edit');

      const source = new CancellationTokenSource();
      const cancelled = client.connection.sendRequest('briefing/validateWorkspace', {}, source.token);
      source.cancel();
      await assert.rejects(cancelled, (e: { code?: number }) => e.code === -32800);
    } finally {
      await client.stop();
      ws.remove();
    }
  });
});
