// The editor and CI agree: on a tree of nested projects, each with its own configuration,
// catalog and people, every file's diagnostics from the CLI (--format json) equal the server's
// (code, range, severity, message) — for the file closed (workspace scan) and opened — with the
// tree's root as workspace folder, and again with a sub-folder.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from './helpers/lsp-client';
import { makeWorkspace, REPO, type TempWorkspace } from './helpers/workspace';
import { runInProcess } from '../helpers/cli';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const record = (rank: string) => `meeting:
  kind: sơ kết
  title: Hội nghị sơ kết
  date: 2020-02-26
chair:
  rank: ${rank}
  name: Tô Lâm
statistics:
  - label: Chó nghiệp vụ
    value: 2.5
    unit: con
  - label: Vụ
    value: 1.457
    unit: vụ
source:
  publisher: ANTD.VN
  published: 2020-02-27
`;
const people = (rank: string) => `people:\n  - name: Tô Lâm\n    history:\n      - { from: 2020-01-01, rank: ${rank} }\n`;

/** Nested projects: the root, unit-a (inside it) and unit-a/unit-b (inside that). */
const TREE: Record<string, string> = {
  '.briefing/config.yaml': 'rules:\n  thousands-separator: warning\n',
  '.briefing/people.yaml': people('Đại tướng'),
  'top.briefing.yaml': record('Thượng tướng'),
  'plain/d.briefing.yaml': record('dai tuong'),
  'unit-a/.briefing/config.yaml': 'locale: en\ntags:\n  numbers: info\n',
  'unit-a/.briefing/people.yaml': people('Thượng tướng'),
  'unit-a/.briefing/catalog.yaml': 'measures:\n  - nam: con\n',
  'unit-a/records/a.briefing.yaml': record('Thượng tướng'),
  'unit-a/records/nested/b.briefing.yaml': record('Đại tướng'),
  'unit-a/unit-b/.briefing/catalog.yaml': 'measures:\n  - name: con\n    count: true\n',
  'unit-a/unit-b/.briefing/config.yaml': 'rules: { count-not-integer: hint }\n',
  'unit-a/unit-b/c.briefing.yaml': record('Thượng tướng'),
};
const RECORDS = Object.keys(TREE).filter((f) => f.endsWith('.briefing.yaml'));

type Plain = { code: string; range: string; severity: number; message: string };
const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };
const fromLsp = (ds: LspDiagnostic[]): Plain[] =>
  ds.map((d) => ({
    code: String(d.code),
    range: `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`,
    severity: d.severity!,
    message: d.message,
  }));

function cliDiagnostics(ws: TempWorkspace, rel: string): Plain[] {
  const r = runInProcess(['validate', rel, '--format', 'json'], ws.dir);
  const file = (
    JSON.parse(r.stdout).files as { path: string; diagnostics: { rule: string; severity: string; message: string; range: LspDiagnostic['range'] }[] }[]
  ).find((f) => f.path === rel);
  assert.ok(file, `${rel} in the CLI's output`);
  return fromLsp(file.diagnostics.map((d) => ({ code: d.rule, range: d.range, severity: SEVERITY[d.severity] as 1, message: d.message })));
}

for (const folder of ['', 'unit-a']) {
  describe(`CLI and server agree, workspace folder ${folder || 'the tree root'}`, () => {
    let ws: TempWorkspace;
    let client: TestClient;
    before(async () => {
      ws = makeWorkspace(TREE, { samples: false });
      client = await TestClient.start({ folders: [folder ? ws.uriOf(folder) : ws.uri], settings: { validate: { debounceMs: 0 } } });
    });
    after(async () => {
      await client.stop();
      ws.remove();
    });

    test('the fixture tree exercises every layer', () => {
      const all = RECORDS.map(
        (rel) =>
          `${rel}: ${cliDiagnostics(ws, rel)
            .map((d) => `${d.code}/${d.severity}`)
            .join(' ')}`,
      );
      assert.deepEqual(all, [
        'top.briefing.yaml: rank-contradicts-registry/2 unknown-measure/2 thousands-separator/2',
        'plain/d.briefing.yaml: catalog-spelling/2 unknown-measure/2 thousands-separator/2',
        'unit-a/records/a.briefing.yaml: unknown-measure/2 thousands-separator/3',
        'unit-a/records/nested/b.briefing.yaml: rank-contradicts-registry/2 unknown-measure/2 thousands-separator/3',
        'unit-a/unit-b/c.briefing.yaml: count-not-integer/4 thousands-separator/1',
      ]);
      assert.match(cliDiagnostics(ws, 'unit-a/records/a.briefing.yaml')[1].message, /YAML reads 1\.457/);
    });

    test('closed files: the workspace scan gives what the CLI gives', async () => {
      for (const rel of RECORDS.filter((r) => r.startsWith(folder))) {
        assert.deepEqual(fromLsp(await client.diagnostics(ws.uriOf(rel))), cliDiagnostics(ws, rel), rel);
      }
      const catalog = 'unit-a/.briefing/catalog.yaml';
      const cli = cliDiagnostics(ws, catalog);
      assert.deepEqual(
        cli.map((d) => d.code),
        ['unknown-key'],
      );
      assert.deepEqual(fromLsp(await client.diagnostics(ws.uriOf(catalog))), cli);
    });

    test('open files, inside the folder or not, give what the CLI gives', async () => {
      for (const rel of RECORDS) {
        const uri = ws.uriOf(rel);
        client.open(uri, ws.read(rel));
        assert.deepEqual(fromLsp(await client.diagnostics(uri, { version: 1 })), cliDiagnostics(ws, rel), rel);
        client.close(uri);
      }
    });
  });
}

describe('a record in a sub-folder with its own .briefing/ (this repository opened as the workspace)', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({
      folders: [pathToFileURL(REPO).href],
      settings: { validate: { debounceMs: 0 }, files: ['samples/invalid/*.briefing.yaml'] },
    });
  });
  after(() => client.stop());

  test('samples/invalid/rank-contradicts-registry.yaml uses samples/.briefing/people.yaml, as the CLI does', async () => {
    const path = join(REPO, 'samples', 'invalid', 'rank-contradicts-registry.yaml');
    const uri = pathToFileURL(path).href;
    client.open(uri, readFileSync(path, 'utf8'));
    const diags = await client.diagnostics(uri, { version: 1 });
    assert.deepEqual(
      diags.map((d) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}`),
      ['rank-contradicts-registry@14:9'],
    );
    assert.deepEqual(fromLsp(diags), cliDiagnostics({ dir: REPO } as TempWorkspace, relative(REPO, path)));
  });
});
