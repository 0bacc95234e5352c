// Workspace behaviour: file watchers, the workspace catalog and people registry (and their own
// diagnostics), records created and deleted on disk, the files setting, trust, several folders.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { unlinkSync } from 'node:fs';
import { TestClient } from './helpers/lsp-client';
import { makeWorkspace, type TempWorkspace } from './helpers/workspace';
import { BROKEN, UNKNOWN_MEASURE } from './helpers/fixtures';

const CATALOG = 'measures:\n  - name: con\n    count: true\n';
const BAD_CATALOG = 'measures:\n  - nam: con\n';
/** Tô Lâm was Đại tướng on 2020-02-26 by samples/.briefing/people.yaml; line 5 says otherwise. */
const WRONG_RANK = `meeting:
  kind: sơ kết
  title: Hội nghị sơ kết
  date: 2020-02-26
chair:
  rank: Thượng tướng
  name: Tô Lâm
source:
  publisher: X
  published: 2020-02-27
`;

const CREATED = 1;
const CHANGED = 2;
const DELETED = 3;

describe('workspace catalog, watchers and files on disk', () => {
  let ws: TempWorkspace;
  let client: TestClient;
  before(async () => {
    ws = makeWorkspace({ 'records/dogs.briefing.yaml': UNKNOWN_MEASURE, 'records/rank.briefing.yml': WRONG_RANK });
    client = await TestClient.start({ folders: [ws.uri], settings: { validate: { debounceMs: 0 } } });
  });
  after(async () => {
    await client.stop();
    ws.remove();
  });

  test('the server watches the workspace data files and the records glob', async () => {
    const reg = await client.waitFor(() => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'), 'watcher registration');
    const globs = (reg.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern);
    assert.deepEqual(globs, ['**/.briefing/*.yaml', '**/*.briefing.{yaml,yml}']);
  });

  test('the people registry of the workspace is used for closed files (.yml too)', async () => {
    const diags = await client.diagnostics(ws.uriOf('records/rank.briefing.yml'));
    assert.deepEqual(
      diags.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`),
      ['rank-contradicts-registry@5:8'],
    );
  });

  test('a workspace catalog change re-validates closed and open records', async () => {
    const closed = ws.uriOf('records/dogs.briefing.yaml');
    const open = ws.uriOf('records/open-dogs.briefing.yaml');
    assert.deepEqual(
      (await client.diagnostics(closed)).map((d) => d.code),
      ['unknown-measure'],
    );
    client.open(open, UNKNOWN_MEASURE);
    assert.deepEqual(
      (await client.diagnostics(open, { version: 1 })).map((d) => d.code),
      ['unknown-measure'],
    );

    const since = client.published.length;
    const catalog = ws.write('.briefing/catalog.yaml', CATALOG);
    client.notifyFiles([{ uri: catalog, type: CREATED }]);
    assert.deepEqual(await client.diagnostics(closed, { since }), []);
    assert.deepEqual(await client.diagnostics(open, { since, version: 1 }), []);
  });

  test('a broken workspace catalog gets its own diagnostics, and is not used', async () => {
    const closed = ws.uriOf('records/dogs.briefing.yaml');
    const since = client.published.length;
    const catalog = ws.write('.briefing/catalog.yaml', BAD_CATALOG);
    client.notifyFiles([{ uri: catalog, type: CHANGED }]);
    const own = await client.diagnostics(catalog, { since });
    assert.deepEqual(
      own.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`),
      ['unknown-key@1:4'],
    );
    assert.deepEqual(
      (await client.diagnostics(closed, { since })).map((d) => d.code),
      ['unknown-measure'],
    );

    const since2 = client.published.length;
    unlinkSync(ws.path('.briefing/catalog.yaml'));
    client.notifyFiles([{ uri: catalog, type: DELETED }]);
    assert.deepEqual(await client.diagnostics(catalog, { since: since2 }), []);
  });

  test('records created and deleted on disk are validated and cleared', async () => {
    const since = client.published.length;
    const uri = ws.write('new/created.briefing.yaml', BROKEN);
    client.notifyFiles([{ uri, type: CREATED }]);
    assert.equal((await client.diagnostics(uri, { since })).length, 3);
    const since2 = client.published.length;
    unlinkSync(ws.path('new/created.briefing.yaml'));
    client.notifyFiles([{ uri, type: DELETED }]);
    assert.deepEqual(await client.diagnostics(uri, { since: since2 }), []);
  });

  test('changing briefing.files re-scans the workspace', async () => {
    const other = ws.write('plain/meeting.yaml', BROKEN);
    const dogs = ws.uriOf('records/dogs.briefing.yaml');
    const since = client.published.length;
    await client.setSettings({ validate: { debounceMs: 0 }, files: ['plain/*.yaml'] });
    assert.equal((await client.diagnostics(other, { since })).length, 3);
    // dogs.briefing.yaml is no longer a record of the workspace: its diagnostics are cleared.
    assert.deepEqual(await client.diagnostics(dogs, { since }), []);
    const reg = await client.waitFor(
      () =>
        [...client.registrations].reverse().find((r) => r.method === 'workspace/didChangeWatchedFiles' && JSON.stringify(r.registerOptions).includes('plain')),
      'new watchers',
    );
    assert.deepEqual(
      (reg.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern),
      ['**/.briefing/*.yaml', '**/plain/*.yaml'],
    );
  });
});

describe('untrusted workspaces', () => {
  test('workspace data files are loaded only once the workspace is trusted', async () => {
    const ws = makeWorkspace({ 'rank.briefing.yaml': WRONG_RANK });
    const client = await TestClient.start({ folders: [ws.uri], settings: { validate: { debounceMs: 0 } }, initializationOptions: { isTrusted: false } });
    try {
      const uri = ws.uriOf('rank.briefing.yaml');
      client.open(uri, WRONG_RANK);
      assert.deepEqual(await client.diagnostics(uri, { version: 1 }), []);
      await client.connection.sendNotification('briefing/setTrusted', { trusted: true });
      const diags = await client.diagnostics(uri, { version: 1, accept: (d) => d.length > 0 });
      assert.deepEqual(
        diags.map((d) => d.code),
        ['rank-contradicts-registry'],
      );
    } finally {
      await client.stop();
      ws.remove();
    }
  });
});

describe('several workspace folders', () => {
  test("a folder's catalog applies to its own records only", async () => {
    const a = makeWorkspace({ '.briefing/catalog.yaml': CATALOG, 'a.briefing.yaml': UNKNOWN_MEASURE }, { samples: false });
    const b = makeWorkspace({ 'b.briefing.yaml': UNKNOWN_MEASURE }, { samples: false });
    const client = await TestClient.start({ folders: [a.uri, b.uri], relativePatterns: true, settings: { validate: { debounceMs: 0 } } });
    try {
      const reg = await client.waitFor(() => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'), 'watcher registration');
      const watchers = (reg.registerOptions as { watchers: { globPattern: unknown }[] }).watchers.map((w) => w.globPattern);
      assert.deepEqual(watchers, [
        '**/.briefing/*.yaml',
        { baseUri: a.uri, pattern: '**/*.briefing.{yaml,yml}' },
        { baseUri: b.uri, pattern: '**/*.briefing.{yaml,yml}' },
      ]);
      assert.deepEqual(
        (await client.diagnostics(b.uriOf('b.briefing.yaml'))).map((d) => d.code),
        ['unknown-measure'],
      );
      const result = await client.request<{ files: number; errors: number; warnings: number }>('briefing/validateWorkspace');
      assert.deepEqual(result, { files: 2, errors: 0, warnings: 1 });
      assert.equal(client.lastDiagnostics(a.uriOf('a.briefing.yaml')), undefined, 'a clean closed file is never sent a list');
    } finally {
      await client.stop();
      a.remove();
      b.remove();
    }
  });
});
