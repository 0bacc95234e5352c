// Completion, hover, symbols and folding through the server: the engine's answers arrive as LSP
// types (kinds, markdown, snippets flattened for clients without snippet support).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { SymbolInformation } from 'vscode-languageserver-protocol';
import { TestClient, itemsOf } from './helpers/lsp-client';
import { makeWorkspace, type TempWorkspace } from './helpers/workspace';

// Line 5: a rank typed without accents; line 7: a unit typed without accents; line 11: a measure.
const TYPING = `meeting:
  kind: sơ kết
  title: Hội nghị sơ kết
  date: 2020-02-20
chair:
  rank: dai t
  name: Tô Lâm
  unit: cuc canh sat
statistics:
  - label: Vụ
    value: 12
    unit: v
source:
  publisher: X
  published: 2020-02-21
`;

// Line 3: an empty line where a new key of meeting is being typed.
const NEW_KEY = `meeting:
  kind: sơ kết
  date: 2020-02-20
  
chair:
  name: Tô Lâm
source:
  publisher: X
`;

const range = (line: number, from: number, to = from) => ({ start: { line, character: from }, end: { line, character: to } });

// LSP kinds
const CompletionItemKind = { Property: 10, Constant: 21, Module: 9, Unit: 11 };
const SymbolKind = { File: 1, Namespace: 3, Number: 16, Object: 19, Event: 24 };

describe('editor features', () => {
  let ws: TempWorkspace;
  let client: TestClient;
  const uri = () => ws.uriOf('typing.briefing.yaml');
  before(async () => {
    ws = makeWorkspace();
    client = await TestClient.start({ folders: [ws.uri], settings: { validate: { debounceMs: 0 } } });
    client.open(uri(), TYPING);
    client.open(ws.uriOf('new-key.briefing.yaml'), NEW_KEY);
    await client.diagnostics(uri(), { version: 1 });
  });
  after(async () => {
    await client.stop();
    ws.remove();
  });

  test('the server announces its features and trigger characters', () => {
    const caps = client.initializeResult!.capabilities;
    assert.deepEqual(caps.completionProvider?.triggerCharacters, [':', ' ', '-']);
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.briefing'] });
    assert.equal(caps.documentSymbolProvider, true);
    assert.equal(caps.foldingRangeProvider, true);
    assert.equal(caps.workspaceSymbolProvider, true);
  });

  test('ranks typed without accents: "dai t" offers Đại tướng then Đại tá, replacing the typed text', async () => {
    const items = itemsOf(await client.completion(uri(), { line: 5, character: 13 }));
    assert.deepEqual(
      items.map((i) => [i.label, i.kind, i.sortText, i.filterText]),
      [
        ['Đại tướng', CompletionItemKind.Constant, '00000', 'dai tuong'],
        ['Đại tá', CompletionItemKind.Constant, '00001', 'dai ta'],
      ],
    );
    assert.deepEqual(items[0].textEdit, { range: range(5, 8, 13), newText: 'Đại tướng' });
    assert.equal(items[0].insertTextFormat, 1);
  });

  test('units typed without accents match the catalog names', async () => {
    const items = itemsOf(await client.completion(uri(), { line: 7, character: 20 }));
    assert.deepEqual(
      items.slice(0, 3).map((i) => i.label),
      ['Cục Cảnh sát hình sự', 'Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu', 'Cục Cảnh sát điều tra tội phạm về ma túy'],
    );
    assert.ok(items.every((i) => i.kind === CompletionItemKind.Module));
    assert.deepEqual(items[0].textEdit, { range: range(7, 8, 20), newText: 'Cục Cảnh sát hình sự' });
    assert.equal(items[0].filterText, 'cuc canh sat hinh su');
  });

  test('measurement units are offered at a statistic unit', async () => {
    const items = itemsOf(await client.completion(uri(), { line: 11, character: 11 }));
    assert.equal(items[0].label, 'vụ');
    assert.equal(items[0].kind, CompletionItemKind.Unit);
    assert.deepEqual(items[0].textEdit, { range: range(11, 10, 11), newText: 'vụ' });
  });

  test('a new key: the allowed keys in order, snippets for keys with required children', async () => {
    const items = itemsOf(await client.completion(ws.uriOf('new-key.briefing.yaml'), { line: 3, character: 2 }));
    assert.deepEqual(
      items.map((i) => i.label),
      ['title', 'date_as_written', 'period', 'format', 'connection_points', 'organizer', 'location'],
    );
    assert.ok(items.every((i) => i.kind === CompletionItemKind.Property));
    assert.deepEqual(items[0].textEdit, { range: range(3, 2), newText: 'title: ' });
    const period = items.find((i) => i.label === 'period')!;
    assert.equal(period.insertTextFormat, 2);
    assert.equal(period.textEdit!.newText, 'period:\n    text: ${1:tháng 2-2020}');
  });

  test('hover shows the key documentation as markdown', async () => {
    const h = await client.hover(uri(), { line: 1, character: 3 });
    assert.deepEqual(h, {
      contents: { kind: 'markdown', value: '**kind** · bắt buộc\n\nLoại cuộc họp\n\nVí dụ: `hội nghị giao ban`, `sơ kết`, `họp báo`' },
      range: range(1, 2, 6),
    });
  });

  test('document symbols are hierarchical with LSP kinds', async () => {
    const symbols = await client.documentSymbols(uri());
    assert.deepEqual(
      symbols.map((s) => [s.name, s.kind, s.detail, s.children?.map((c) => [c.name, c.kind, c.detail])]),
      [
        ['Hội nghị sơ kết', SymbolKind.Event, '2020-02-20', undefined],
        ['dai t Tô Lâm', SymbolKind.Object, 'chủ trì', undefined],
        ['statistics', SymbolKind.Namespace, '1 mục', [['Vụ', SymbolKind.Number, '12 v']]],
        ['X', SymbolKind.File, '2020-02-21', undefined],
      ],
    );
    assert.deepEqual(symbols[2].range, { start: { line: 8, character: 0 }, end: { line: 11, character: 11 } });
  });

  test('folding ranges follow the blocks', async () => {
    const ranges = await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri: uri() } });
    assert.deepEqual(
      ranges.map((r) => [r.startLine, r.endLine]),
      [
        [0, 3],
        [4, 7],
        [8, 11],
        [9, 11],
        [12, 14],
      ],
    );
  });

  test('workspace symbols search closed files too, without accents', async () => {
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'to lam' });
    const found = symbols.filter((s) => s.name === 'Tô Lâm').map((s) => s.location.uri.slice(s.location.uri.lastIndexOf('/') + 1));
    // Three closed samples and the two open documents name him as chair; two samples as a participant.
    assert.deepEqual(found.sort(), [
      '2020-02-26-giao-ban-thang-2.briefing.yaml',
      '2020-06-25-so-ket-6-thang.briefing.yaml',
      '2023-09-28-so-ket-quy-3.briefing.yaml',
      '2023-12-27-hoi-nghi-cong-an-toan-quoc-79.briefing.yaml',
      '2024-07-08-so-ket-6-thang.briefing.yaml',
      'new-key.briefing.yaml',
      'typing.briefing.yaml',
    ]);
    assert.ok(symbols.every((s) => s.name.toLowerCase().includes('tô lâm') || (s.containerName ?? '').includes('Tô Lâm') || /t[oô] l[aâ]m/i.test(s.name)));
  });
});

describe('clients without snippet support', () => {
  test('snippet completions become plain text with empty placeholders', async () => {
    const ws = makeWorkspace({}, { samples: false });
    const client = await TestClient.start({ folders: [ws.uri], snippetSupport: false, settings: { locale: 'en' } });
    try {
      const uri = ws.uriOf('plain.briefing.yaml');
      client.open(uri, NEW_KEY);
      const items = itemsOf(await client.completion(uri, { line: 3, character: 2 }));
      const period = items.find((i) => i.label === 'period')!;
      assert.equal(period.insertTextFormat, 1);
      assert.equal(period.textEdit!.newText, 'period:\n    text:');
      const h = await client.hover(uri, { line: 1, character: 3 });
      assert.equal((h!.contents as { value: string }).value.split('\n')[0], '**kind** · required');
    } finally {
      await client.stop();
      ws.remove();
    }
  });
});
