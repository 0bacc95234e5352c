// Diagnostics through the real server over stdio: samples are clean, broken records get exact
// diagnostics in Vietnamese (or English), closed workspace files are validated too.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from './helpers/lsp-client';
import { makeWorkspace, sample, type TempWorkspace } from './helpers/workspace';
import { BROKEN, DUPLICATES } from './helpers/fixtures';

const SAMPLE_NAMES = [
  '2019-12-24-hop-bao-cuoi-nam.briefing.yaml',
  '2020-02-06-tong-ket-van-phong-bo.briefing.yaml',
  '2020-02-26-giao-ban-thang-2.briefing.yaml',
  '2020-06-25-so-ket-6-thang.briefing.yaml',
  '2023-09-28-so-ket-quy-3.briefing.yaml',
];

const brief = (d: { code?: unknown; severity?: unknown; range: { start: { line: number; character: number }; end: { line: number; character: number } } }) =>
  `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}/${d.severity}`;

describe('diagnostics (push)', () => {
  let ws: TempWorkspace;
  let client: TestClient;

  before(async () => {
    ws = makeWorkspace({ 'broken/closed.briefing.yaml': BROKEN });
    client = await TestClient.start({ folders: [ws.uri], settings: { validate: { debounceMs: 0 } } });
  });
  after(async () => {
    await client.stop();
    ws.remove();
  });

  test('the five samples have no diagnostics when opened', async () => {
    for (const name of SAMPLE_NAMES) {
      const uri = ws.uriOf(name);
      client.open(uri, sample(name));
      assert.deepEqual(await client.diagnostics(uri, { version: 1 }), [], name);
    }
  });

  test('a closed broken file of the workspace gets diagnostics', async () => {
    const uri = ws.uriOf('broken/closed.briefing.yaml');
    const diags = await client.diagnostics(uri);
    assert.deepEqual(diags.map(brief), ['impossible-date@3:8-3:18/1', 'catalog-spelling@5:8-5:17/2', 'thousands-separator@9:11-9:16/1']);
    assert.equal(client.published.find((p) => p.uri === uri)?.version, undefined, 'closed files carry no version');
  });

  test('a broken record gets exact diagnostics with Vietnamese messages', async () => {
    const uri = ws.uriOf('open-broken.briefing.yaml');
    client.open(uri, BROKEN);
    const diags = await client.diagnostics(uri, { version: 1 });
    assert.deepEqual(diags.map(brief), ['impossible-date@3:8-3:18/1', 'catalog-spelling@5:8-5:17/2', 'thousands-separator@9:11-9:16/1']);
    assert.equal(diags[0].message, 'Ngày 2020-02-30 không tồn tại.');
    assert.match(diags[1].message, /viết khác cách viết trong danh mục: "Đại tướng"/);
    assert.match(diags[2].message, /YAML đọc 1\.457 là số thập phân/);
    assert.ok(diags.every((d) => d.source === 'briefing'));
  });

  test('related information points into the same document', async () => {
    const uri = ws.uriOf('dups.briefing.yaml');
    client.open(uri, DUPLICATES);
    const diags = await client.diagnostics(uri, { version: 1 });
    const dup = diags.find((d) => d.code === 'duplicate-statistic');
    assert.ok(dup, JSON.stringify(diags));
    assert.deepEqual(dup.relatedInformation, [
      { location: { uri, range: { start: { line: 10, character: 11 }, end: { line: 10, character: 13 } } }, message: 'Lần đầu ở đây.' },
    ]);
    for (const d of diags) {
      if (d.codeDescription) assert.match(d.codeDescription.href, /^file:/, 'rule links stay local');
    }
  });

  test('editing re-validates the new version; fixing the text clears the diagnostics', async () => {
    const uri = ws.uriOf('edited.briefing.yaml');
    client.open(uri, BROKEN);
    await client.diagnostics(uri, { version: 1 });
    // "2020-02-30" → "2020-02-20"
    const v2 = client.change(uri, [{ range: { start: { line: 3, character: 16 }, end: { line: 3, character: 17 } }, newText: '2' }]);
    const d2 = await client.diagnostics(uri, { version: v2 });
    assert.deepEqual(
      d2.map((d) => d.code),
      ['catalog-spelling', 'thousands-separator'],
    );
    const v3 = client.change(uri, sample(SAMPLE_NAMES[0]));
    assert.deepEqual(await client.diagnostics(uri, { version: v3 }), []);
  });

  test('closing a document that is not a workspace record clears its diagnostics', async () => {
    const uri = 'untitled:Untitled-1';
    client.open(uri, BROKEN);
    assert.equal((await client.diagnostics(uri, { version: 1 })).length, 3);
    const since = client.published.length;
    client.close(uri);
    assert.deepEqual(await client.diagnostics(uri, { since }), []);
  });

  test('closing a workspace record falls back to its file on disk', async () => {
    const uri = ws.uriOf('broken/closed.briefing.yaml');
    client.open(uri, sample(SAMPLE_NAMES[1]));
    assert.deepEqual(await client.diagnostics(uri, { version: 1 }), []);
    const since = client.published.length;
    client.close(uri);
    const diags = await client.diagnostics(uri, { since });
    assert.deepEqual(
      diags.map((d) => d.code),
      ['impossible-date', 'catalog-spelling', 'thousands-separator'],
    );
  });

  test('briefing/validateWorkspace counts files, errors and warnings', async () => {
    const result = await client.request<{ files: number; errors: number; warnings: number }>('briefing/validateWorkspace');
    // Workspace files: 11 samples + closed.briefing.yaml; open documents: 4 more (one untitled was closed).
    assert.equal(result.files, 15);
    // closed.briefing.yaml (disk) and open-broken: 2 errors, 1 warning each; dups: missing-key
    // (error), unknown-measure and duplicate-statistic (warnings); the rest are clean.
    assert.deepEqual(result, { files: 15, errors: 5, warnings: 4 });
  });
});

describe('diagnostics in English', () => {
  test('briefing.locale: en gives English messages', async () => {
    const ws = makeWorkspace({}, { samples: false });
    const client = await TestClient.start({ folders: [ws.uri], settings: { locale: 'en', validate: { debounceMs: 0 } } });
    try {
      const uri = ws.uriOf('a.briefing.yaml');
      client.open(uri, BROKEN);
      const diags = await client.diagnostics(uri, { version: 1 });
      assert.equal(diags[0].message, 'The date 2020-02-30 does not exist.');
      assert.match(diags[2].message, /YAML reads 1\.457 as a decimal/);
    } finally {
      await client.stop();
      ws.remove();
    }
  });

  test('locale auto follows the client locale', async () => {
    const ws = makeWorkspace({}, { samples: false });
    const client = await TestClient.start({ folders: [ws.uri], locale: 'en-US', settings: { locale: 'auto', validate: { debounceMs: 0 } } });
    try {
      const uri = ws.uriOf('a.briefing.yaml');
      client.open(uri, BROKEN);
      const diags = await client.diagnostics(uri, { version: 1 });
      assert.equal(diags[0].message, 'The date 2020-02-30 does not exist.');
    } finally {
      await client.stop();
      ws.remove();
    }
  });
});
