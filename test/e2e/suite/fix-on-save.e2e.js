// Fix on save: with editor.codeActionsOnSave asking for source.fixAll.briefing, saving a record
// with several fixable problems (some only visible after a first pass) writes the same text as
// `briefing validate --fix` (test/lsp/fix-equality.test.ts compares the two byte for byte).
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { test, LANGUAGE_ID, scratchCopy, readRecord, codeOf, waitFor, waitForDiagnostics, closeAllEditors } = require('./harness');

test('saving applies "fix all" to a fixed point: the record comes back as it was', async () => {
  const doc = await scratchCopy('fix-on-save', '2020-02-26-giao-ban-thang-2.briefing.yaml');
  const clean = doc.getText();
  const broken = clean
    .replace(/^meeting:/m, 'meetin:')
    .replace('  date: 2020-02-26', '  date: 26-2')
    .replace('  rank: Đại tướng', '  rank: dai tuong')
    .replace('- Ủy viên Bộ Chính trị', '- Uỷ viên Bộ Chính trị')
    .replace('value: 1457', 'value: 1.457');
  assert.notEqual(broken, clean);
  const editor = vscode.workspace.getConfiguration('editor', { languageId: LANGUAGE_ID });
  await editor.update('codeActionsOnSave', { 'source.fixAll.briefing': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
  try {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), broken);
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    await waitForDiagnostics(doc.uri, 'the misspelt key', (ds) => ds.some((d) => codeOf(d) === 'unknown-key'));
    assert.equal(await doc.save(), true);
    await waitFor('the fixed text saved', async () => doc.getText() === clean && (await readRecord('scratch/fix-on-save.briefing.yaml')) === clean, {
      describe: () => doc.getText().slice(0, 400),
    });
  } finally {
    await editor.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
  }
  await closeAllEditors();
});
