// With briefing.validate.trigger: onSave, typing changes nothing until the document is saved.
const assert = require('node:assert/strict');
const { test, scratchCopy, lineOf, replaceLine, codeOf, setSetting, briefingDiagnostics, holds, waitForDiagnostics, closeAllEditors } = require('./harness');

test('validate.trigger onSave: diagnostics change only after document.save()', async () => {
  const doc = await scratchCopy('on-save', '2020-02-26-giao-ban-thang-2.briefing.yaml');
  await waitForDiagnostics(doc.uri, 'a clean start', (ds) => ds.length === 0);
  try {
    await setSetting('validate.trigger', 'onSave');
    await setSetting('validate.debounceMs', 50);
    const line = lineOf(doc, '    value: 1457');
    await replaceLine(doc, line, '    value: 1.457');
    assert.equal(doc.isDirty, true);
    // Ten debounce periods and more: an onType server would have answered by now.
    await holds('no diagnostics before saving', () => briefingDiagnostics(doc.uri).length === 0, 2000);
    assert.equal(await doc.save(), true);
    const ds = await waitForDiagnostics(doc.uri, 'thousands-separator after saving', (ds) => ds.some((d) => codeOf(d) === 'thousands-separator'));
    assert.deepEqual(
      ds.map((d) => `${codeOf(d)}@${d.range.start.line}`),
      [`thousands-separator@${line}`],
    );
    // And back: the fix typed in is not seen until the next save either.
    await replaceLine(doc, line, '    value: 1457');
    await holds('the diagnostic stays until saving', () => briefingDiagnostics(doc.uri).length === 1, 1500);
    assert.equal(await doc.save(), true);
    await waitForDiagnostics(doc.uri, 'clean after the second save', (ds) => ds.length === 0);
  } finally {
    await setSetting('validate.trigger', undefined);
    await setSetting('validate.debounceMs', undefined);
  }
  await closeAllEditors();
});
