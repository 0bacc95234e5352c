// Completion and hover through VS Code's own command API (the same providers the editor uses).
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { test, scratchCopy, replaceLine, insertLine, lineOf, completionLabels, closeAllEditors } = require('./harness');

// Each test edits (and never saves) a fresh copy of a record: scratchCopy(name).

function end(doc, line) {
  return new vscode.Position(line, doc.lineAt(line).text.length);
}

test('completion after "rank: dai t" offers Đại tướng', async () => {
  const doc = await scratchCopy('completion-rank');
  const line = lineOf(doc, '  rank: Đại tướng');
  await replaceLine(doc, line, '  rank: dai t');
  const labels = await completionLabels(doc.uri, end(doc, line));
  assert.ok(labels.includes('Đại tướng'), `labels: ${JSON.stringify(labels)}`);
  assert.ok(!labels.includes('Thượng tướng'), `only ranks matching "dai t": ${JSON.stringify(labels)}`);
});

test('completion at a unit value offers the measurement unit', async () => {
  const doc = await scratchCopy('completion-unit');
  const line = lineOf(doc, '    unit: đối tượng');
  await replaceLine(doc, line, '    unit: đối');
  const labels = await completionLabels(doc.uri, end(doc, line));
  assert.ok(labels.includes('đối tượng'), `labels: ${JSON.stringify(labels)}`);
});

test('completion at a new key in a statistic offers the keys not yet used', async () => {
  const doc = await scratchCopy('completion-key');
  const line = lineOf(doc, '    unit: vụ') + 1;
  await insertLine(doc, line, '    ');
  const labels = await completionLabels(doc.uri, new vscode.Position(line, 4));
  for (const key of ['approx', 'period', 'topic']) assert.ok(labels.includes(key), `${key} in ${JSON.stringify(labels)}`);
  for (const key of ['label', 'value', 'unit']) assert.ok(!labels.includes(key), `${key} (already there) not in ${JSON.stringify(labels)}`);
});

async function hoverText(uri, position) {
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position);
  return (hovers || []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

test('hover on a rank and on a key explains them', async () => {
  const doc = await scratchCopy('completion-hover');
  const rankLine = lineOf(doc, '  rank: Đại tướng');
  const onRank = await hoverText(doc.uri, new vscode.Position(rankLine, 10));
  assert.match(onRank, /\*\*Đại tướng\*\*/, `hover on the rank: ${onRank}`);
  assert.match(onRank, /Công an nhân dân/, `hover on the rank: ${onRank}`);
  const keyLine = lineOf(doc, 'statistics:');
  const onKey = await hoverText(doc.uri, new vscode.Position(keyLine, 3));
  assert.match(onKey, /\*\*statistics\*\*/, `hover on statistics: ${onKey}`);
  assert.match(onKey, /số liệu/, `hover on statistics: ${onKey}`);
  await closeAllEditors();
});
