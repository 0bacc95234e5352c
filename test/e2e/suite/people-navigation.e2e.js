// Navigation and refactoring by person through VS Code's own command API: go to definition on a
// person's name (the registry entry), find references (every appearance in the workspace's records
// and the registry) and rename (one workspace edit over all of them, applied in memory only).
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { test, waitFor, openRecord, readRecord, lineOf, closeAllEditors } = require('./harness');

const RECORD = '2020-02-26-giao-ban-thang-2.briefing.yaml';
const REGISTRY = '.briefing/people.yaml';
const PERSON = 'Tô Lâm';
const NEW_NAME = 'Tô Lâm Mới';
const NAMED = /^\s*(?:- )?(?:name|issued_by): Tô Lâm$/;

const relative = (uri) => vscode.workspace.asRelativePath(uri, false);
const where = (uri, range) => `${relative(uri)}:${range.start.line}`;

/** Every line of the workspace's records and registry on disk that names the person, as "file:line". */
async function appearances() {
  const records = await vscode.workspace.findFiles('**/*.briefing.{yaml,yml}');
  const files = [...records.map(relative), REGISTRY];
  const out = [];
  for (const f of files) (await readRecord(f)).split('\n').forEach((l, i) => NAMED.test(l) && out.push(`${f}:${i}`));
  return out.sort();
}

const filesOf = (places) => [...new Set(places.map((p) => p.slice(0, p.lastIndexOf(':'))))].sort();

/** The position inside the person's name on the line that reads exactly `text`. */
function onName(doc, text) {
  const line = lineOf(doc, text);
  return new vscode.Position(line, doc.lineAt(line).text.indexOf(PERSON) + 2);
}

test('people: definition on a chair name goes to the registry entry', async () => {
  await closeAllEditors();
  const doc = await openRecord(RECORD);
  const registryLine = (await readRecord(REGISTRY)).split('\n').findIndex((l) => NAMED.test(l));
  assert.ok(registryLine >= 0, `${PERSON} is in the registry`);
  const found = await waitFor('a definition for the chair name', async () => {
    const ds = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, onName(doc, `  name: ${PERSON}`));
    return ds && ds.length > 0 && ds;
  });
  assert.equal(found.length, 1, `one definition: ${JSON.stringify(found)}`);
  const uri = found[0].targetUri || found[0].uri;
  const range = found[0].targetSelectionRange || found[0].targetRange || found[0].range;
  assert.equal(where(uri, range), `${REGISTRY}:${registryLine}`);
  assert.equal(range.end.character - range.start.character, PERSON.length);
  const registry = await vscode.workspace.openTextDocument(uri);
  assert.equal(registry.getText(range), PERSON);
});

test('people: references from an issued_by find every appearance in the records and the registry', async () => {
  const doc = await openRecord(RECORD);
  const expected = await appearances();
  assert.ok(filesOf(expected).length >= 3, `several files name ${PERSON}: ${filesOf(expected).join(', ')}`);
  let seen = [];
  const refs = await waitFor(
    'the references to match the appearances on disk',
    async () => {
      const rs = await vscode.commands.executeCommand('vscode.executeReferenceProvider', doc.uri, onName(doc, `    issued_by: ${PERSON}`));
      seen = (rs || []).map((l) => where(l.uri, l.range)).sort();
      return seen.length === expected.length && rs;
    },
    { timeout: 30_000, describe: () => JSON.stringify(seen) },
  );
  assert.equal(refs.length, expected.length);
  assert.deepEqual(refs.map((l) => where(l.uri, l.range)).sort(), expected);
  assert.deepEqual(filesOf(refs.map((l) => where(l.uri, l.range))), filesOf(expected));
  for (const l of refs) assert.equal((await vscode.workspace.openTextDocument(l.uri)).getText(l.range), PERSON, where(l.uri, l.range));
  const none = await vscode.commands.executeCommand('vscode.executeReferenceProvider', doc.uri, new vscode.Position(0, 0));
  assert.deepEqual(none || [], []);
});

test('people: rename gives one workspace edit over every record and the registry', async () => {
  const doc = await openRecord(RECORD);
  const expected = await appearances();
  const files = filesOf(expected);
  const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, onName(doc, `  name: ${PERSON}`), NEW_NAME);
  assert.ok(edit, 'a workspace edit');
  const entries = edit.entries();
  assert.deepEqual(entries.map(([uri]) => relative(uri)).sort(), files);
  assert.deepEqual(entries.flatMap(([uri, edits]) => edits.map((e) => where(uri, e.range))).sort(), expected);
  for (const [, edits] of entries) for (const e of edits) assert.equal(e.newText, NEW_NAME);

  // The workspace is a fresh copy made for this run: apply the edit in memory, check every text,
  // then revert without saving so the files on disk stay as they were.
  const onDisk = new Map();
  for (const f of files) onDisk.set(f, await readRecord(f));
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
  for (const [uri] of entries) {
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    const f = relative(uri);
    assert.equal(text, onDisk.get(f).replace(/^([ \t]*(?:- )?(?:name|issued_by): )Tô Lâm$/gm, `$1${NEW_NAME}`), f);
  }
  await closeAllEditors();
  for (const f of files) assert.equal(await readRecord(f), onDisk.get(f), `${f} on disk is unchanged`);
  for (const f of files)
    assert.equal((await vscode.workspace.openTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, f))).isDirty, false, f);
});
