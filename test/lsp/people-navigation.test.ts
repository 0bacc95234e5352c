// Navigation by person through the real server: definition (the registry entry), references
// (every appearance in the workspace) and rename (one workspace edit over records and registry).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import type { Location, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from './helpers/lsp-client';
import { makeWorkspace, type TempWorkspace } from './helpers/workspace';

const RECORD = '2020-02-26-giao-ban-thang-2.briefing.yaml';
const NAMED = /^\s*(?:- )?(?:name|issued_by): Tô Lâm$/;

describe('navigation and rename by person', () => {
  let ws: TempWorkspace;
  let client: TestClient;
  let uri: string;
  before(async () => {
    ws = makeWorkspace();
    client = await TestClient.start({ folders: [ws.uri], settings: { validate: { debounceMs: 0 } } });
    uri = ws.uriOf(RECORD);
    client.open(uri, ws.read(RECORD));
    await client.diagnostics(uri);
  });
  after(async () => {
    await client.stop();
    ws.remove();
  });

  /** Every line of the workspace that names Tô Lâm, as "file:line". */
  const expected = () => {
    const out: string[] = [];
    const files = [...readdirSync(ws.dir).filter((f) => f.endsWith('.briefing.yaml')), '.briefing/people.yaml'];
    for (const f of files)
      ws.read(f)
        .split('\n')
        .forEach((l, i) => NAMED.test(l) && out.push(`${f}:${i}`));
    return out.sort();
  };
  const where = (l: Location) => `${decodeURIComponent(l.uri.slice(ws.uri.length + 1))}:${l.range.start.line}`;

  test('definition on a chair name goes to the registry entry', async () => {
    const loc = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: { line: 15, character: 10 } });
    assert.equal(
      where(loc),
      `.briefing/people.yaml:${ws
        .read('.briefing/people.yaml')
        .split('\n')
        .findIndex((l) => NAMED.test(l))}`,
    );
    assert.equal(loc.range.end.character - loc.range.start.character, 'Tô Lâm'.length);
  });

  test('references from an issued_by find every appearance in the workspace and the registry', async () => {
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: { line: 30, character: 17 },
      context: { includeDeclaration: true },
    });
    assert.deepEqual(refs.map(where).sort(), expected());
    assert.ok(refs.length > 10);
    const none = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: { line: 0, character: 0 },
      context: { includeDeclaration: true },
    });
    assert.deepEqual(none, []);
  });

  test('rename: prepare gives the name; the edit renames it in every record and the registry', async () => {
    const prep = await client.request<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri }, position: { line: 15, character: 9 } });
    assert.equal(prep.placeholder, 'Tô Lâm');
    await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri }, position: { line: 1, character: 4 } }));
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri },
      position: { line: 15, character: 9 },
      newName: 'Tô Lâm Mới',
    });
    const before = expected();
    let renamed = 0;
    for (const change of edit.documentChanges as TextDocumentEdit[]) {
      const rel = decodeURIComponent(change.textDocument.uri.slice(ws.uri.length + 1));
      if (change.textDocument.uri === uri) assert.equal(change.textDocument.version, 1);
      const doc = TextDocument.create(change.textDocument.uri, 'yaml', 0, ws.read(rel));
      const text = TextDocument.applyEdits(doc, change.edits);
      renamed += change.edits.length;
      ws.write(rel, text);
    }
    assert.equal(renamed, before.length);
    assert.deepEqual(expected(), []);
  });
});

const minh = (date: string, rank: string) => `meeting:
  kind: hội nghị giao ban
  title: Giao ban ${date}
  date: ${date}
chair:
  rank: ${rank}
  name: Phạm Văn Minh
  positions: [Thứ trưởng Bộ Công an]
source: { publisher: ANTD.VN, published: ${date} }
`;

describe('cross-record diagnostics in the editor', () => {
  let ws: TempWorkspace;
  let client: TestClient;
  before(async () => {
    ws = makeWorkspace(
      {
        '.briefing/catalog.yaml': 'measures: []\n',
        'a.briefing.yaml': minh('2021-06-20', 'Trung tướng'),
        'b.briefing.yaml': minh('2024-04-08', 'Thiếu tướng'),
      },
      { samples: false },
    );
    client = await TestClient.start({ folders: [ws.uri], settings: { validate: { debounceMs: 0 } } });
  });
  after(async () => {
    await client.stop();
    ws.remove();
  });

  test('a warning names the other record with its location; editing that record updates the open one', async () => {
    const a = ws.uriOf('a.briefing.yaml');
    const b = ws.uriOf('b.briefing.yaml');
    client.open(b, ws.read('b.briefing.yaml'));
    const first = await client.diagnostics(b, { accept: (ds) => ds.some((d) => d.code === 'rank-out-of-order') });
    const d = first.find((x) => x.code === 'rank-out-of-order')!;
    assert.deepEqual(d.range, { start: { line: 5, character: 8 }, end: { line: 5, character: 19 } });
    assert.deepEqual(
      d.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]),
      [[a, 5]],
    );
    client.open(a, ws.read('a.briefing.yaml'));
    await client.diagnostics(a);
    client.change(a, minh('2021-06-20', 'Thiếu tướng'));
    const after = await client.diagnostics(b, { accept: (ds) => !ds.some((x) => x.code === 'rank-out-of-order') });
    assert.deepEqual(
      after.map((x) => x.code),
      [],
    );
  });
});
