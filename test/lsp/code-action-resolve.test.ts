// An editor asks for code actions at every cursor move. For clients that resolve code actions
// (VS Code), "fix all" is listed without its edits and computed only when the user picks it
// (codeAction/resolve): listing costs no fix pass, and the resolved edits are the ones a client
// without resolve support gets at once, and the ones --fix applies.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/engine/fixes';
import { TestClient, editsOf } from './helpers/lsp-client';
import { makeWorkspace, type TempWorkspace } from './helpers/workspace';
import { BROKEN } from './helpers/fixtures';

const ORIGIN = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

describe('fix all, resolved when chosen', () => {
  let ws: TempWorkspace;
  let lazy: TestClient;
  let eager: TestClient;
  before(async () => {
    ws = makeWorkspace({}, { samples: false });
    lazy = await TestClient.start({ folders: [ws.uri], settings: { validate: { debounceMs: 0 } }, resolveCodeActions: true });
    eager = await TestClient.start({ folders: [ws.uri], settings: { validate: { debounceMs: 0 } } });
  });
  after(async () => {
    await lazy.stop();
    await eager.stop();
    ws.remove();
  });

  test('the server says it resolves code actions only to clients that do', () => {
    assert.deepEqual(lazy.initializeResult?.capabilities.codeActionProvider, {
      codeActionKinds: ['quickfix', 'source.fixAll.briefing'],
      resolveProvider: true,
    });
    assert.deepEqual(eager.initializeResult?.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.briefing'] });
  });

  test('fix all is listed without edits, and resolving it gives the eager edits', async () => {
    const uri = ws.uriOf('fix.briefing.yaml');
    for (const c of [lazy, eager]) {
      c.open(uri, BROKEN);
      await c.diagnostics(uri, { version: 1 });
    }
    const listed = await lazy.codeActions(uri, ORIGIN, [], ['source.fixAll.briefing']);
    assert.equal(listed.length, 1);
    assert.equal(listed[0].kind, 'source.fixAll.briefing');
    assert.equal(listed[0].edit, undefined);
    assert.equal(listed[0].diagnostics, undefined);
    const resolved = await lazy.request<CodeAction>('codeAction/resolve', listed[0]);
    const [direct] = await eager.codeActions(uri, ORIGIN, [], ['source.fixAll.briefing']);
    assert.equal(resolved.title, direct.title);
    assert.deepEqual(editsOf(resolved.edit, uri), editsOf(direct.edit, uri));
    assert.equal(applyEdits(BROKEN, editsOf(resolved.edit, uri)), BROKEN.replace('Đại tưóng', 'Đại tướng').replace('value: 1.457', 'value: 1457'));
  });

  test('quick fixes still come with their edits; a record with nothing to fix lists no fix all', async () => {
    const uri = ws.uriOf('fix.briefing.yaml');
    const diags = await lazy.diagnostics(uri, { version: 1 });
    const spelling = diags.find((d) => d.code === 'catalog-spelling')!;
    const quick = (await lazy.codeActions(uri, spelling.range, [spelling], ['quickfix']))[0];
    assert.equal(applyEdits(BROKEN, editsOf(quick.edit, uri)), BROKEN.replace('Đại tưóng', 'Đại tướng'));
    const clean = ws.uriOf('clean.briefing.yaml');
    lazy.open(clean, BROKEN.replace('Đại tưóng', 'Đại tướng').replace('value: 1.457', 'value: 1457'));
    await lazy.diagnostics(clean, { version: 1 });
    assert.deepEqual(await lazy.codeActions(clean, ORIGIN, [], ['source.fixAll.briefing']), []);
  });
});
