// Clients that break the protocol: a frame whose Content-Length does not match its body (the
// server exits, so the client restarts it, instead of staying alive but deaf), requests before
// `initialize` (-32002) and after `shutdown` (an error), and a didChange that reuses a version
// number (its text is validated all the same: no stale diagnostics).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { SERVER, TestClient } from './helpers/lsp-client';
import { makeWorkspace } from './helpers/workspace';
import { BROKEN, UNKNOWN_MEASURE } from './helpers/fixtures';

const children: ChildProcess[] = [];
after(() => children.forEach((c) => c.exitCode === null && c.kill()));

function startRaw() {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (b) => (stderr += b));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

const within = <T>(p: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms).unref())]);

const frame = (body: string, length = Buffer.byteLength(body)) => `Content-Length: ${length}\r\n\r\n${body}`;
const INIT = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
const HOVER = (id: number) =>
  JSON.stringify({
    jsonrpc: '2.0',
    id,
    method: 'textDocument/hover',
    params: { textDocument: { uri: 'file:///x.briefing.yaml' }, position: { line: 0, character: 0 } },
  });

for (const [what, bad] of [
  ['shorter', frame(HOVER(2), 20)],
  ['longer', frame(HOVER(2), Buffer.byteLength(HOVER(2)) + 40) + frame(HOVER(3))],
] as const) {
  test(`a frame whose Content-Length is ${what} than its body makes the server exit with code 1`, async () => {
    const s = startRaw();
    s.child.stdin!.write(frame(INIT));
    s.child.stdin!.write(bad);
    s.child.stdin!.write(frame(HOVER(4)));
    const code = await within(s.exited, 15_000, 'server exit');
    assert.equal(code, 1);
    assert.match(s.stderr(), /briefing: malformed message from the client \(.+\); the server exits so that the editor restarts it\./);
  });
}

test('requests before initialize get -32002; requests after shutdown get an error', async () => {
  const s = startRaw();
  const connection = createMessageConnection(new StreamMessageReader(s.child.stdout!), new StreamMessageWriter(s.child.stdin!));
  connection.listen();
  const hover = () => connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///x.briefing.yaml' }, position: { line: 0, character: 0 } });
  const before = await within(
    hover().then(
      () => undefined,
      (e: unknown) => e,
    ),
    10_000,
    'hover before initialize',
  );
  assert.ok(before instanceof ResponseError);
  assert.equal(before.code, -32002);

  await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
  await connection.sendNotification('initialized', {});
  assert.equal(await within(hover(), 10_000, 'hover after initialize'), null);
  await connection.sendRequest('shutdown');
  const afterShutdown = await within(
    hover().then(
      () => undefined,
      (e: unknown) => e,
    ),
    10_000,
    'hover after shutdown',
  );
  assert.ok(afterShutdown instanceof ResponseError);
  assert.equal(afterShutdown.code, -32600);
  await connection.sendNotification('exit');
  assert.equal(await within(s.exited, 10_000, 'exit'), 0);
  connection.dispose();
});

test('a didChange that reuses the version number is validated: no stale diagnostics', async () => {
  const ws = makeWorkspace({}, { samples: false });
  const client = await TestClient.start({ folders: [ws.uri], settings: { validate: { debounceMs: 0 } } });
  try {
    const uri = ws.uriOf('r.briefing.yaml');
    client.open(uri, BROKEN, 1);
    assert.equal((await client.diagnostics(uri, { version: 1 })).length, 3);
    // Same version, new text: first the opened version again, then a later one twice.
    for (const [version, text, codes] of [
      [1, UNKNOWN_MEASURE, ['unknown-measure']],
      [2, BROKEN, ['impossible-date', 'catalog-spelling', 'thousands-separator']],
      [2, UNKNOWN_MEASURE, ['unknown-measure']],
    ] as const) {
      const since = client.published.length;
      void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
      const ds = await client.diagnostics(uri, { since, accept: (d) => d.length === codes.length });
      assert.deepEqual(ds.map((d) => d.code).sort(), [...codes].sort(), `v${version}`);
    }
  } finally {
    await client.stop();
    ws.remove();
  }
});
