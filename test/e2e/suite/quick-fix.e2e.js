// A quick fix found through vscode.executeCodeActionProvider and applied with workspace.applyEdit.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { test, scratchCopy, lineOf, codeOf, brief, waitForDiagnostics, closeAllEditors } = require('./harness');

test('the thousands-separator quick fix rewrites 1.457 as 1457 and the diagnostic goes away', async () => {
  const doc = await scratchCopy('quick-fix');
  const line = lineOf(doc, '    value: 1.457');
  const [d] = await waitForDiagnostics(doc.uri, 'thousands-separator', (ds) => ds.some((x) => codeOf(x) === 'thousands-separator'));
  assert.equal(brief(d), `thousands-separator@${line}:11-${line}:16`);
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
  // The command API returns the actions without their diagnostics; the fix is the action with an
  // edit on the diagnostic's range (the editor adds its own chat actions, which carry commands).
  const fixes = (actions || []).filter((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind) && a.edit);
  assert.deepEqual(
    fixes.map((a) => a.title),
    ['Sửa thành 1457'],
    `actions: ${JSON.stringify(actions)}`,
  );
  const [fix] = fixes;
  assert.equal(fix.isPreferred, true);
  const edits = fix.edit.get(doc.uri);
  assert.equal(edits.length, 1);
  assert.ok(edits[0].range.isEqual(d.range), 'the fix replaces exactly the flagged number');
  assert.equal(edits[0].newText, '1457');
  assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
  assert.equal(doc.lineAt(line).text, '    value: 1457');
  assert.equal(doc.lineAt(line + 1).text, '    unit: vụ');
  await waitForDiagnostics(doc.uri, 'no diagnostics after the fix', (ds) => ds.length === 0);
  await closeAllEditors();
});
