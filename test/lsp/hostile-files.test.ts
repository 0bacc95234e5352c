// Files a workspace can hold that are not what their names promise: a named pipe as the
// workspace catalog, a record symlinked to /dev/zero, a people registry above the size cap.
// The server reads none of them, reports each on that file, becomes ready and answers requests.
// Every wait here has its own time limit: a hang fails the test instead of stalling the suite.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { TestClient } from './helpers/lsp-client';
import { makeWorkspace, type TempWorkspace } from './helpers/workspace';
import { UNKNOWN_MEASURE } from './helpers/fixtures';

const within = <T>(p: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms).unref())]);

describe('hostile files in the workspace', { skip: process.platform === 'win32' }, () => {
  let ws: TempWorkspace;
  let client: TestClient;
  before(async () => {
    ws = makeWorkspace(
      { 'records/dogs.briefing.yaml': UNKNOWN_MEASURE, '.briefing/people.yaml': `people:\n${'  - name: Tô Lâm\n'.repeat(200)}` },
      { samples: false },
    );
    spawnSync('mkfifo', [ws.path('.briefing/catalog.yaml')]);
    symlinkSync('/dev/zero', ws.path('records/zero.briefing.yaml'));
    client = await within(TestClient.start({ folders: [ws.uri], settings: { validate: { debounceMs: 0 }, maxFileSize: '2KB' } }), 20_000, 'initialize');
  });
  after(async () => {
    await client.stop();
    ws.remove();
  });

  test('a FIFO catalog is reported on itself and the server still becomes ready', async () => {
    const own = await client.diagnostics(ws.uriOf('.briefing/catalog.yaml'), { timeoutMs: 20_000 });
    assert.deepEqual(
      own.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character, d.message]),
      [['yaml-syntax', 1, 0, 0, 'không phải tệp thông thường mà là một đường ống (FIFO), không đọc / not a regular file but a FIFO, not read']],
    );
    // Records on disk are validated (without the unreadable catalog), and requests are answered.
    assert.deepEqual(
      (await client.diagnostics(ws.uriOf('records/dogs.briefing.yaml'), { timeoutMs: 20_000 })).map((d) => d.code),
      ['unknown-measure'],
    );
    const uri = ws.uriOf('records/open.briefing.yaml');
    client.open(uri, UNKNOWN_MEASURE);
    const symbols = await within(client.documentSymbols(uri), 20_000, 'documentSymbol');
    assert.ok(Array.isArray(symbols) && symbols.length > 0);
  });

  test('a people registry above briefing.maxFileSize names the cap and the setting', async () => {
    const own = await client.diagnostics(ws.uriOf('.briefing/people.yaml'), { timeoutMs: 20_000 });
    assert.deepEqual(
      own.map((d) => d.code),
      ['yaml-syntax'],
    );
    assert.equal(
      own[0].message,
      'tệp lớn hơn giới hạn 2 KiB, không đọc (nâng giới hạn bằng thiết lập briefing.maxFileSize) / file larger than the 2 KiB limit, not read (raise it with the briefing.maxFileSize setting)',
    );
  });

  test('a record symlinked to /dev/zero is never read', async () => {
    const result = await within(client.request<{ files: number }>('briefing/validateWorkspace'), 20_000, 'validateWorkspace');
    assert.equal(typeof result, 'object');
    assert.equal(
      client.published.some((p) => p.uri === ws.uriOf('records/zero.briefing.yaml') && p.diagnostics.length > 0),
      false,
    );
  });
});
