// Code actions through the server: quick fixes from the diagnostics' fixes, "fix all", and
// snippet fixes (plain text with emptied placeholders, or the client's snippet command).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/fixes';
import { TestClient, editsOf } from './helpers/lsp-client';
import { makeWorkspace, type TempWorkspace } from './helpers/workspace';
import { BROKEN, DUPLICATES } from './helpers/fixtures';

describe('code actions', () => {
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

  test('a quick fix replaces the misspelt rank', async () => {
    const uri = ws.uriOf('fix.briefing.yaml');
    client.open(uri, BROKEN);
    const diags = await client.diagnostics(uri, { version: 1 });
    const spelling = diags.find((d) => d.code === 'catalog-spelling')!;
    const actions = await client.codeActions(uri, spelling.range, [spelling]);
    const quickfixes = actions.filter((a) => a.kind === 'quickfix');
    assert.deepEqual(
      quickfixes.map((a) => a.title),
      ['Dùng cách viết chuẩn "Đại tướng"'],
    );
    const fix = quickfixes[0];
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.diagnostics, [spelling]);
    const text = applyEdits(BROKEN, editsOf(fix.edit, uri));
    assert.equal(text, BROKEN.replace('rank: Đại tưóng', 'rank: Đại tướng'));
  });

  test('only the actions of the requested kind are returned', async () => {
    const uri = ws.uriOf('fix.briefing.yaml');
    const diags = await client.diagnostics(uri, { version: 1 });
    const thousands = diags.find((d) => d.code === 'thousands-separator')!;
    const quick = await client.codeActions(uri, thousands.range, [thousands], ['quickfix']);
    assert.deepEqual(
      quick.map((a) => `${a.kind}:${a.title}`),
      ['quickfix:Sửa thành 1457'],
    );
    const none = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['quickfix']);
    assert.deepEqual(none, []);
  });

  test('source.fixAll applies every safe fix at once', async () => {
    const uri = ws.uriOf('fix.briefing.yaml');
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.briefing');
    const text = applyEdits(BROKEN, editsOf(actions[0].edit, uri));
    // The impossible date has no automatic fix; the rank and the number do.
    assert.equal(text, BROKEN.replace('Đại tưóng', 'Đại tướng').replace('value: 1.457', 'value: 1457'));
  });

  test('a snippet fix reaches a plain client as text with empty placeholders', async () => {
    const uri = ws.uriOf('dups.briefing.yaml');
    client.open(uri, DUPLICATES);
    const diags = await client.diagnostics(uri, { version: 1 });
    const missing = diags.find((d) => d.code === 'missing-key')!;
    const actions = await client.codeActions(uri, missing.range, [missing], ['quickfix']);
    assert.equal(actions.length, 1);
    assert.equal(actions[0].command, undefined);
    const text = applyEdits(DUPLICATES, editsOf(actions[0].edit, uri));
    assert.equal(text, DUPLICATES.replace('  date: 2020-02-20\n', '  date: 2020-02-20\n  title:\n'));
  });
});

describe('snippet fixes for clients with the snippet command', () => {
  test('the fix is a briefing.insertSnippet command carrying the snippet', async () => {
    const ws = makeWorkspace({}, { samples: false });
    const client = await TestClient.start({ folders: [ws.uri], settings: { validate: { debounceMs: 0 } }, initializationOptions: { snippetCommand: true } });
    try {
      const uri = ws.uriOf('dups.briefing.yaml');
      client.open(uri, DUPLICATES);
      const missing = (await client.diagnostics(uri, { version: 1 })).find((d) => d.code === 'missing-key')!;
      const [action] = await client.codeActions(uri, missing.range, [missing], ['quickfix']);
      assert.equal(action.edit, undefined);
      assert.equal(action.command?.command, 'briefing.insertSnippet');
      const [arg] = action.command!.arguments as [{ uri: string; version: number; edits: { newText: string }[] }];
      assert.equal(arg.uri, uri);
      assert.equal(arg.version, 1);
      assert.match(arg.edits[0].newText, /^\n {2}title: \$\{1(:[^}]*)?\}$/);
    } finally {
      await client.stop();
      ws.remove();
    }
  });
});
