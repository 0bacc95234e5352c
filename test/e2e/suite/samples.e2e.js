// Every sample record (copied with samples/.briefing/people.yaml into the workspace) is clean.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { test, workspaceRoot, openRecord, briefingDiagnostics, brief, waitFor, holds } = require('./harness');

test('every sample opens with zero briefing diagnostics', async () => {
  const records = (dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.briefing.yaml'))
      .sort();
  const samples = records(workspaceRoot());
  assert.deepEqual(samples, records(path.join(__dirname, '..', '..', '..', 'samples')), 'the workspace holds every sample');
  assert.ok(samples.length >= 5, `the samples: ${samples.join(', ')}`);
  const docs = [];
  for (const name of samples) docs.push(await openRecord(name));
  // A record with a known problem, opened after the samples, shows that the server has answered
  // for what was opened before it: the empty lists below mean "validated and clean".
  const sentinel = await openRecord('broken/thousands-separator.briefing.yaml');
  await waitFor('diagnostics on the sentinel record', () => briefingDiagnostics(sentinel.uri).length > 0, { timeout: 45_000 });
  await holds(
    'no diagnostics on the samples',
    () => {
      const found = docs.flatMap((doc) => briefingDiagnostics(doc.uri).map((d) => `${doc.fileName}: ${brief(d)} ${d.message}`));
      if (found.length) throw new Error(found.join('\n'));
      return true;
    },
    1500,
  );
  for (const doc of docs) assert.equal(doc.isDirty, false);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});
