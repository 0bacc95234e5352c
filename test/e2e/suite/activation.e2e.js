// The extension is found by its id, activates, and claims *.briefing.yaml as briefing-yaml.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { test, EXTENSION_ID, LANGUAGE_ID, openRecord, waitFor } = require('./harness');

test('the extension activates and registers its commands', async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  await ext.activate();
  assert.equal(ext.isActive, true);
  const commands = await vscode.commands.getCommands(true);
  for (const c of ['briefing.validateWorkspace', 'briefing.newRecord', 'briefing.showOutput']) {
    assert.ok(commands.includes(c), `command ${c} is registered`);
  }
});

test('a *.briefing.yaml file opens in the briefing-yaml language', async () => {
  const doc = await openRecord('2020-02-26-giao-ban-thang-2.briefing.yaml');
  await waitFor('language briefing-yaml', () => doc.languageId === LANGUAGE_ID, { describe: () => doc.languageId });
});
