// A broken record gets exactly its expected diagnostics: rule id as code, exact range, severity,
// and the message in Vietnamese (the default locale).
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { test, openRecord, brief, codeOf, waitForDiagnostics, SOURCE } = require('./harness');

const RECORD = 'broken/giao-ban-loi.briefing.yaml';
const { Error: E, Warning: W } = vscode.DiagnosticSeverity;

// [code@range (0-based), severity, the text the range covers, message]
const EXPECTED = [
  ['unknown-rank@12:8-12:21', E, 'Đại thống chế', 'Cấp bậc hàm "Đại thống chế" không có trong danh mục.'],
  ['thousands-separator@19:11-19:16', E, '1.457', '1.457 vụ: YAML đọc 1.457 là số thập phân, nhưng "vụ" là đơn vị đếm. Ý bạn là 1457?'],
  ['unknown-key@24:4-24:10', E, 'colour', /^Khóa "colour" không hợp lệ ở đây\. Các khóa được phép: label, value, unit/],
  ['unknown-issuer@27:15-27:31', W, 'Nguyễn Văn Không', '"Nguyễn Văn Không" không có trong hồ sơ này.'],
];

test('a broken record shows each expected diagnostic with its code, range and Vietnamese message', async () => {
  const doc = await openRecord(RECORD);
  const want = EXPECTED.map((e) => e[0]);
  const ds = await waitForDiagnostics(doc.uri, `diagnostics ${want.join(', ')}`, (ds) => ds.length === want.length);
  const sorted = [...ds].sort((a, b) => a.range.start.compareTo(b.range.start));
  assert.deepEqual(sorted.map(brief), want);
  sorted.forEach((d, i) => {
    const [, severity, covered, message] = EXPECTED[i];
    assert.equal(d.source, SOURCE);
    assert.equal(d.severity, severity, `severity of ${codeOf(d)}`);
    assert.equal(doc.getText(d.range), covered, `text under ${codeOf(d)}`);
    if (message instanceof RegExp) assert.match(d.message, message);
    else assert.equal(d.message, message);
  });
});
