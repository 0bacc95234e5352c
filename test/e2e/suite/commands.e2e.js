// The contributed commands, run as a user runs them from the command palette.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { test, fileUri, readRecord, workspaceRoot, codeOf, waitFor, waitForDiagnostics, LANGUAGE_ID, closeAllEditors } = require('./harness');

/** Settles a command's promise into { done, error } without throwing. */
function track(promise) {
  const state = { done: false, error: undefined };
  promise.then(
    () => (state.done = true),
    (e) => ((state.done = true), (state.error = e)),
  );
  return state;
}

test('"Briefing: Validate Workspace" reports problems in a record that is not open', async () => {
  // Written straight to disk, never opened in an editor.
  const uri = fileUri('closed/chua-mo.briefing.yaml');
  fs.mkdirSync(path.dirname(uri.fsPath), { recursive: true });
  fs.writeFileSync(uri.fsPath, await readRecord('broken/giao-ban-loi.briefing.yaml'));
  // The command ends when its summary notification is dismissed, so it is not awaited here.
  const run = track(Promise.resolve(vscode.commands.executeCommand('briefing.validateWorkspace')));
  const ds = await waitForDiagnostics(uri, 'unknown-rank and thousands-separator', (ds) =>
    ['unknown-rank', 'thousands-separator'].every((c) => ds.some((d) => codeOf(d) === c)),
  );
  assert.ok(ds.every((d) => d.source === 'briefing'));
  assert.ok(!vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === uri.toString()), 'the record is not open in an editor');
  await waitFor('the command to finish once its notification is dismissed', async () => {
    await vscode.commands.executeCommand('notifications.clearAll');
    return run.done;
  });
  assert.equal(run.error, undefined);
});

test('"Briefing: New Record" asks for a file name and opens the new record', async () => {
  await closeAllEditors();
  const run = track(Promise.resolve(vscode.commands.executeCommand('briefing.newRecord')));
  // Accepts the proposed file name in the input box as soon as it shows.
  await waitFor('the command to create the record', async () => {
    if (!run.done) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    return run.done;
  });
  assert.equal(run.error, undefined);
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, 'an editor is open');
  const name = path.basename(editor.document.uri.fsPath);
  assert.match(name, /^\d{4}-\d{2}-\d{2}-.+\.briefing\.yaml$/);
  assert.equal(path.dirname(editor.document.uri.fsPath), workspaceRoot());
  assert.equal(editor.document.languageId, LANGUAGE_ID);
  await waitFor('the skeleton in the editor', () => /^meeting:\n {2}kind: /.test(editor.document.getText()), { describe: () => editor.document.getText() });
  assert.match(editor.document.getText(), /^chair:$/m);
  assert.match(editor.document.getText(), /^source:$/m);
  await closeAllEditors();
  fs.rmSync(editor.document.uri.fsPath, { force: true });
});
