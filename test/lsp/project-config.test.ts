// The project configuration in the editor: .briefing/config.yaml applies as in the CLI, the
// briefing.rules setting is laid on top, edits apply live (saved or not), bad configuration is
// reported at its line, and project files are checked as what they are.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { TestClient } from './helpers/lsp-client';
import { makeWorkspace, type TempWorkspace } from './helpers/workspace';
import { BROKEN } from './helpers/fixtures';

const CHANGED = 2;
const codes = (ds: { code?: string | number; severity?: number; range: { start: { line: number; character: number } } }[]) =>
  ds.map((d) => `${d.code}/${d.severity}@${d.range.start.line}:${d.range.start.character}`);

describe('.briefing/config.yaml in the editor', () => {
  let ws: TempWorkspace;
  let client: TestClient;
  let record: string;
  before(async () => {
    ws = makeWorkspace({
      'r/broken.briefing.yaml': BROKEN.replace('publisher: X', 'publisher: ANTD.VN'),
      '.briefing/config.yaml': 'rules:\n  thousands-separator: warning\n  impossible-date: off\n',
    });
    record = ws.uriOf('r/broken.briefing.yaml');
    client = await TestClient.start({ folders: [ws.uri], settings: { validate: { debounceMs: 0 } } });
  });
  after(async () => {
    await client.stop();
    ws.remove();
  });

  test('the configuration sets severities; the Output channel says where they came from', async () => {
    assert.deepEqual(codes(await client.diagnostics(record)), ['catalog-spelling/2@5:8', 'thousands-separator/2@9:11']);
    await client.waitFor(
      () =>
        client.logs.find(
          (l) => l.includes('impossible-date=off (.briefing/config.yaml:3)') && l.includes('thousands-separator=warning (.briefing/config.yaml:2)'),
        ),
      'the origin of each severity in the log',
    );
  });

  test('briefing.rules is laid over the configuration', async () => {
    const since = client.published.length;
    await client.setSettings({ validate: { debounceMs: 0 }, rules: { 'thousands-separator': 'hint', 'catalog-spelling': 'off' } });
    assert.deepEqual(codes(await client.diagnostics(record, { since })), ['thousands-separator/4@9:11']);
    await client.setSettings({ validate: { debounceMs: 0 } });
  });

  test('an unsaved edit of the configuration applies at once; closing it goes back to the file', async () => {
    const config = ws.uriOf('.briefing/config.yaml');
    const since = client.published.length;
    client.open(config, ws.read('.briefing/config.yaml'));
    client.change(config, 'rules:\n  thousands-separator: info\n');
    assert.deepEqual(codes(await client.diagnostics(record, { since, accept: (d) => d.length === 3 })), [
      'impossible-date/1@3:8',
      'catalog-spelling/2@5:8',
      'thousands-separator/3@9:11',
    ]);
    const since2 = client.published.length;
    client.close(config);
    assert.deepEqual(codes(await client.diagnostics(record, { since: since2 })), ['catalog-spelling/2@5:8', 'thousands-separator/2@9:11']);
  });

  test('bad configuration is reported at its line, with "did you mean"', async () => {
    const config = ws.uriOf('.briefing/config.yaml');
    const cases: [string, string[], RegExp][] = [
      ['rules:\n  thousand-separator: off\n', ['unknown-key/1@1:2'], /"thousands-separator"/],
      ['rules:\n  thousands-separator: warnin\n', ['invalid-value/1@1:23'], /"warning"/],
      ['rules:\n  thousands-separator: [off\n', ['yaml-syntax/1@2:0'], /Thiếu dấu "\]"/],
    ];
    for (const [text, expected, message] of cases) {
      const since = client.published.length;
      ws.write('.briefing/config.yaml', text);
      client.notifyFiles([{ uri: config, type: CHANGED }]);
      const diags = await client.diagnostics(config, { since });
      assert.deepEqual(codes(diags), expected, text);
      assert.match(diags[0].message, message);
    }
    // Unreadable: a folder where the file should be.
    const since = client.published.length;
    rmSync(ws.path('.briefing/config.yaml'));
    mkdirSync(ws.path('.briefing/config.yaml'));
    client.notifyFiles([{ uri: config, type: CHANGED }]);
    const diags = await client.diagnostics(config, { since });
    assert.deepEqual(codes(diags), ['yaml-syntax/1@0:0']);
    assert.match(diags[0].message, /^không phải tệp thông thường mà là một thư mục, không đọc \/ not a regular file but a directory, not read$/);
    rmSync(ws.path('.briefing/config.yaml'), { recursive: true });
  });

  test('a catalog or people file opened in the editor is checked as what it is, not as a record', async () => {
    const people = ws.uriOf('.briefing/people.yaml');
    const since = client.published.length;
    client.open(people, 'people:\n  - nam: Tô Lâm\n');
    const diags = await client.diagnostics(people, { since, accept: (d) => d.length > 0 });
    assert.deepEqual(codes(diags), ['unknown-key/1@1:4']);
    assert.ok(
      diags.every((d) => !/meeting/.test(d.message)),
      diags.map((d) => d.message).join('\n'),
    );
    client.close(people);
  });
});
