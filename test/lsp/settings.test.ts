// Settings applied without restart: rule severities, locale, trigger, debounce; and clients
// without workspace/configuration that pass settings in initializationOptions.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from './helpers/lsp-client';
import { makeWorkspace, type TempWorkspace } from './helpers/workspace';
import { BROKEN } from './helpers/fixtures';

/** A request answered after the server has handled every message sent before it. */
async function barrier(client: TestClient, uri: string): Promise<void> {
  await client.request('textDocument/foldingRange', { textDocument: { uri } });
}

/** Changes the settings and returns once the server has read them (it asks for them back). */
async function applySettings(client: TestClient, settings: Record<string, unknown>, uri: string): Promise<void> {
  const asked = client.configurationRequests;
  await client.setSettings(settings);
  await client.waitFor(() => (client.configurationRequests > asked ? true : undefined), 'workspace/configuration');
  await barrier(client, uri);
}

describe('settings through workspace/configuration', () => {
  let ws: TempWorkspace;
  let client: TestClient;
  before(async () => {
    ws = makeWorkspace({}, { samples: false });
    client = await TestClient.start({ folders: [ws.uri], settings: { validate: { debounceMs: 0 } } });
  });
  after(async () => {
    await client.stop();
    ws.remove();
  });

  test('the server registers for configuration changes and reads the briefing section', async () => {
    await client.waitFor(() => (client.registrations.some((r) => r.method === 'workspace/didChangeConfiguration') ? true : undefined), 'registration');
    await client.waitFor(() => (client.configurationRequests >= 1 ? true : undefined), 'workspace/configuration');
  });

  test('a rule set to "off" disappears and a severity override applies', async () => {
    const uri = ws.uriOf('rules.briefing.yaml');
    client.open(uri, BROKEN);
    const first = await client.diagnostics(uri, { version: 1 });
    assert.deepEqual(
      first.map((d) => `${d.code}/${d.severity}`),
      ['impossible-date/1', 'catalog-spelling/2', 'thousands-separator/1'],
    );
    await applySettings(client, { validate: { debounceMs: 0 }, rules: { 'impossible-date': 'off', 'catalog-spelling': 'hint' } }, uri);
    const next = await client.diagnostics(uri, { version: 1, accept: (d) => d.length === 2 });
    assert.deepEqual(
      next.map((d) => `${d.code}/${d.severity}`),
      ['catalog-spelling/4', 'thousands-separator/1'],
    );
  });

  test('changing the locale re-publishes in the new language', async () => {
    const uri = ws.uriOf('rules.briefing.yaml');
    await applySettings(client, { validate: { debounceMs: 0 }, locale: 'en' }, uri);
    const next = await client.diagnostics(uri, { accept: (d) => d.length === 3 && d[0].message.startsWith('The date') });
    assert.equal(next[0].message, 'The date 2020-02-30 does not exist.');
  });

  test('trigger onType publishes on change; onSave waits for the save', async () => {
    const uri = ws.uriOf('trigger.briefing.yaml');
    client.open(uri, BROKEN);
    await client.diagnostics(uri, { version: 1 });

    // onType (debounce 0): the new version is published before the next request is answered.
    const v2 = client.change(uri, BROKEN.replace('2020-02-30', '2020-02-20'));
    await barrier(client, uri);
    assert.equal(client.lastDiagnostics(uri, v2)?.length, 2);

    await applySettings(client, { validate: { trigger: 'onSave', debounceMs: 0 } }, uri);
    const v3 = client.change(uri, BROKEN);
    await barrier(client, uri);
    assert.equal(client.lastDiagnostics(uri, v3), undefined, 'no diagnostics on change with onSave');
    client.save(uri);
    const saved = await client.diagnostics(uri, { version: v3 });
    assert.equal(saved.length, 3);
  });

  test('a debounce setting never delays a record cheap to validate; the last version wins', async () => {
    const uri = ws.uriOf('debounce.briefing.yaml');
    await applySettings(client, { validate: { trigger: 'onType', debounceMs: 400 } }, uri);
    client.open(uri, BROKEN);
    await client.diagnostics(uri, { version: 1 });
    const since = client.published.length;
    client.change(uri, BROKEN.replace('Đại tưóng', 'Đại tướng'));
    client.change(uri, BROKEN.replace('1.457', '1457'));
    const v4 = client.change(uri, BROKEN.replace('2020-02-30', '2020-02-20'));
    const diags = await client.diagnostics(uri, { since, version: v4 });
    assert.deepEqual(
      diags.map((d) => d.code),
      ['catalog-spelling', 'thousands-separator'],
    );
    // Validated at once (adaptive debounce: test/lsp/adaptive-debounce.test.ts), in order, ending
    // with the last version; expensive records are the ones that wait for the pause.
    const versions = client.published
      .slice(since)
      .filter((p) => p.uri === uri)
      .map((p) => p.version as number);
    assert.equal(versions.at(-1), v4);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
    );
  });
});

describe('settings from initializationOptions (clients without workspace/configuration)', () => {
  test('initializationOptions apply, and didChangeConfiguration payloads update them', async () => {
    const ws = makeWorkspace({}, { samples: false });
    const client = await TestClient.start({
      folders: [ws.uri],
      configuration: false,
      initializationOptions: { locale: 'en', validate: { debounceMs: 0 }, rules: { 'thousands-separator': 'off' } },
    });
    try {
      const uri = ws.uriOf('nvim.briefing.yaml');
      client.open(uri, BROKEN);
      const first = await client.diagnostics(uri, { version: 1 });
      assert.deepEqual(
        first.map((d) => d.code),
        ['impossible-date', 'catalog-spelling'],
      );
      assert.equal(first[0].message, 'The date 2020-02-30 does not exist.');
      assert.equal(client.configurationRequests, 0);
      await client.setSettings({ locale: 'vi', validate: { debounceMs: 0 } });
      const next = await client.diagnostics(uri, { accept: (d) => d.length === 3 });
      assert.deepEqual(
        next.map((d) => d.code),
        ['impossible-date', 'catalog-spelling', 'thousands-separator'],
      );
      assert.equal(next[0].message, 'Ngày 2020-02-30 không tồn tại.');
    } finally {
      await client.stop();
      ws.remove();
    }
  });
});

describe('settings from initializationOptions with a configuration request that answers nothing', () => {
  test('the initializationOptions stay in force (Neovim without `settings`)', async () => {
    const ws = makeWorkspace({}, { samples: false });
    const client = await TestClient.start({
      folders: [ws.uri],
      locale: 'en',
      initializationOptions: { settings: { locale: 'vi', validate: { debounceMs: 0 }, rules: { 'thousands-separator': 'off' } } },
    });
    try {
      (client as { settings: unknown }).settings = null;
      const uri = ws.uriOf('nvim.briefing.yaml');
      client.open(uri, BROKEN);
      const diags = await client.diagnostics(uri, { version: 1 });
      assert.ok(client.configurationRequests >= 1);
      assert.deepEqual(
        diags.map((d) => d.code),
        ['impossible-date', 'catalog-spelling'],
      );
      assert.equal(diags[0].message, 'Ngày 2020-02-30 không tồn tại.');
    } finally {
      await client.stop();
      ws.remove();
    }
  });
});
