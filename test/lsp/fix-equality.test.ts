// One fix engine: the editor's "fix all" (source.fixAll.briefing, also what fix-on-save runs)
// produces byte for byte the file `briefing validate --fix` writes — on every record of
// samples/invalid/, on the fuzz regression fixtures, and on records with several fixable
// problems at once (some only visible after a first pass).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../server/src/engine';
import { editsOf, TestClient } from './helpers/lsp-client';
import { makeWorkspace, SAMPLES, type TempWorkspace } from './helpers/workspace';
import { runInProcess } from '../helpers/cli';
import { allFixtures } from '../fuzz/fixtures';
import { BASE } from '../helpers/engine';

/** The record of the report: a misspelt key, an article date, an unaccented rank, a tone mark, 1.457. */
const SEVERAL = BASE.replace('meeting:', 'meetin:')
  .replace(/date: 2020-02-26/, 'date: 26-2')
  .replace('  rank: Đại tướng', '  rank: dai tuong')
  .replace('    - Bộ trưởng Bộ Công an', '    - Uỷ viên Bộ Chính trị\n    - Bộ trưởng Bộ Công an')
  .replace('value: 1457', 'value: 1.457');

const files: Record<string, string> = { 'several.briefing.yaml': SEVERAL, 'several-crlf.briefing.yaml': SEVERAL.replace(/\n/g, '\r\n') };
for (const name of readdirSync(join(SAMPLES, 'invalid'))) files[`invalid/${name}`] = readFileSync(join(SAMPLES, 'invalid', name), 'utf8');
for (const f of allFixtures()) files[`fuzz/${f.name}.yaml`] = f.text;

describe('"fix all" in the editor writes what --fix writes', () => {
  let editor: TempWorkspace;
  let ci: TempWorkspace;
  let client: TestClient;
  before(async () => {
    editor = makeWorkspace(files);
    ci = makeWorkspace(files);
    runInProcess(['validate', ...Object.keys(files), '--fix'], ci.dir);
    client = await TestClient.start({ folders: [editor.uri], settings: { validate: { debounceMs: 0 } } });
  });
  after(async () => {
    await client.stop();
    editor.remove();
    ci.remove();
  });

  test('the multi-problem record needs more than one pass, and both faces take them all', () => {
    assert.notEqual(ci.read('several.briefing.yaml'), SEVERAL);
    assert.match(ci.read('several.briefing.yaml'), /^meeting:\n/);
    assert.match(ci.read('several.briefing.yaml'), /\n {2}date: \d{4}-02-26\n/);
    assert.match(ci.read('several.briefing.yaml'), /rank: Đại tướng[\s\S]*Ủy viên[\s\S]*value: 1457/);
  });

  test('every file: byte-identical output', async () => {
    let changed = 0;
    for (const [rel, text] of Object.entries(files)) {
      const uri = editor.uriOf(rel);
      client.open(uri, text);
      const zero = { line: 0, character: 0 };
      const actions = await client.codeActions(uri, { start: zero, end: zero }, [], ['source.fixAll.briefing']);
      assert.ok(actions.length <= 1, rel);
      const fixed = actions.length ? applyEdits(text, editsOf(actions[0].edit, uri)) : text;
      assert.equal(fixed, ci.read(rel), rel);
      if (fixed !== text) changed++;
      client.close(uri);
    }
    assert.ok(changed >= 10, `${changed} files had fixes`);
  });
});
