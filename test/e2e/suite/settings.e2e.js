// Settings changed in the workspace take effect without a restart. The test workspace starts
// with "briefing.locale": "vi" (lib/workspace.mjs) and no other briefing setting.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { test, openRecord, codeOf, setSetting, waitForDiagnostics, closeAllEditors } = require('./harness');

const RECORD = 'broken/giao-ban-loi.briefing.yaml';
const has = (code) => (ds) => ds.some((d) => codeOf(d) === code);
const VI = '1.457 vụ: YAML đọc 1.457 là số thập phân, nhưng "vụ" là đơn vị đếm. Ý bạn là 1457?';
const EN = '1.457 vụ: YAML reads 1.457 as a decimal, but "vụ" counts whole things. Did you mean 1457?';
const message = (ds) => (ds.find((d) => codeOf(d) === 'thousands-separator') || {}).message;

test('briefing.rules turns a rule off and back on', async () => {
  const doc = await openRecord(RECORD);
  await waitForDiagnostics(doc.uri, 'thousands-separator', has('thousands-separator'));
  try {
    await setSetting('rules', { 'thousands-separator': 'off', 'unknown-issuer': 'error' });
    const ds = await waitForDiagnostics(
      doc.uri,
      'thousands-separator off, unknown-issuer an error',
      (ds) => !has('thousands-separator')(ds) && ds.some((d) => codeOf(d) === 'unknown-issuer' && d.severity === vscode.DiagnosticSeverity.Error),
    );
    assert.deepEqual(ds.map(codeOf).sort(), ['unknown-issuer', 'unknown-key', 'unknown-rank']);
  } finally {
    await setSetting('rules', undefined);
  }
  await waitForDiagnostics(doc.uri, 'thousands-separator back', has('thousands-separator'));
});

test('briefing.locale switches the message language: auto (the display language), vi, en', async () => {
  const doc = await openRecord(RECORD);
  await waitForDiagnostics(doc.uri, 'Vietnamese messages', (ds) => message(ds) === VI);
  try {
    // "auto" follows VS Code's display language: English for "en", Vietnamese otherwise.
    const auto = /^en\b/i.test(vscode.env.language) ? EN : VI;
    await setSetting('locale', 'auto');
    await waitForDiagnostics(doc.uri, `auto messages for display language ${vscode.env.language}`, (ds) => message(ds) === auto);
    await setSetting('locale', 'vi');
    await waitForDiagnostics(doc.uri, 'Vietnamese messages', (ds) => message(ds) === VI);
    await setSetting('locale', 'en');
    await waitForDiagnostics(doc.uri, 'English messages', (ds) => message(ds) === EN);
  } finally {
    await setSetting('locale', 'vi');
  }
  await waitForDiagnostics(doc.uri, 'Vietnamese messages again', (ds) => message(ds) === VI);
  await closeAllEditors();
});
