// Exact behaviour for each bug fuzzing found (the inputs are in test/fixtures/fuzz/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, fixAll, LineIndex, type Diagnostic } from '../../server/src/engine';
import { preferredEdits } from '../../server/src/engine/fixes';
import { BASE, newEngine } from '../helpers/engine';
import { parseVietnameseNumber } from '../../server/src/engine/text/vietnamese';
import { loadFixture } from './fixtures';

const engine = newEngine();
const check = (text: string) => engine.check(text, 'fuzz.briefing.yaml');
const at = (d: Diagnostic) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

test('a lone \\r ends a line, as LSP clients count lines', () => {
  const li = new LineIndex('a\rb\r\nc\nd');
  assert.deepEqual(li.starts, [0, 2, 5, 7]);
  assert.deepEqual(li.positionAt(2), { line: 1, character: 0 });
  assert.deepEqual(li.positionAt(4), { line: 1, character: 1 }); // between \r and \n: end of line 1
  assert.equal(li.lineText(0), 'a');
  assert.equal(li.lineText(1), 'b');
  assert.equal(li.offsetAt({ line: 0, character: 9 }), 1);
  const doc = TextDocument.create('x:/a', 'yaml', 0, li.text);
  for (let o = 0; o <= li.text.length; o++)
    if (li.text[o - 1] !== '\r' || li.text[o] !== '\n') assert.deepEqual(li.positionAt(o), doc.positionAt(o), `offset ${o}`);
});

test('fixture lone-cr-in-date: the date split by a \\r is reported on the lines an editor shows', () => {
  const text = loadFixture('lone-cr-in-date').text;
  assert.deepEqual(check(text).map(at), ['unknown-unit@11:13-11:32', 'date-format@30:13-31:5']);
});

test('fixture lone-cr-after-tab: the syntax error stays inside the document', () => {
  assert.deepEqual(check(loadFixture('lone-cr-after-tab').text).map(at), ['yaml-syntax@0:0-2:3']);
});

test('NFC fixes after a lone \\r edit the same text in the engine and in an LSP client', () => {
  const text = 'meeting:\r  title: ' + 'Tô Lâm'.normalize('NFD') + '\n';
  const ds = check(text).filter((d) => d.code === 'text-not-nfc');
  assert.deepEqual(ds.map(at), ['text-not-nfc@1:9-1:12', 'text-not-nfc@1:13-1:17']);
  const edits = preferredEdits(ds);
  const expected = 'meeting:\r  title: Tô Lâm\n';
  assert.equal(applyEdits(text, edits), expected);
  assert.equal(TextDocument.applyEdits(TextDocument.create('x:/a', 'yaml', 0, text), edits), expected);
});

test('fixture duplicate-key-value-fix: the role fix replaces the role, never the repeated key', () => {
  const text = loadFixture('duplicate-key-value-fix').text;
  const ds = check(text).filter((d) => d.code !== 'text-not-nfc');
  assert.deepEqual(ds.map(at), ['invalid-value@6:8-6:20', 'duplicate-key@22:0-22:12', 'invalid-value@30:10-30:32']);
  const role = ds[2];
  const lines = text.split('\n');
  assert.equal(lines[30].slice(10, 32), 'phát biểu chỉ đạo'.normalize('NFD'));
  assert.deepEqual(role.fixes?.[0].edits, [{ range: role.range, newText: 'phát biểu chỉ đạo' }]);
});

test('duplicate keys are reported on the repeated key itself, and the data is read from it', () => {
  assert.deepEqual(check('a: 1\na: 2\n').map(at), ['missing-key@0:0-0:1', 'duplicate-key@1:0-1:1', 'unknown-key@1:0-1:1']);
  // After a key with no value the parser placed the problem at the end of the line before.
  assert.deepEqual(check('meeting:\nmeeting:\n').map(at), ['missing-key@0:0-0:7', 'duplicate-key@1:0-1:7', 'wrong-type@1:8-1:8']);
  assert.deepEqual(
    check('x: {a: 1, a: 2}\n')
      .map(at)
      .filter((s) => s.startsWith('duplicate')),
    ['duplicate-key@0:10-0:11'],
  );
});

test('a value reached through an alias gets no fix that would replace the alias', () => {
  const text = BASE.replace('source:', 'participants:\n  - &p\n    name: Lương Tam Quang\n    role: phát biểu chỉ đao\n  - *p\nsource:');
  const ds = check(text);
  assert.deepEqual(ds.map(at), ['invalid-value@21:10-21:27', 'invalid-value@22:4-22:6']);
  assert.equal(ds[0].fixes?.[0].edits[0].newText, 'phát biểu chỉ đạo');
  assert.equal(ds[1].fixes, undefined);
});

test('fixture conflicting-fixes-minimal: renaming "ѥnd" wins over inserting a second "end"', () => {
  const text = loadFixture('conflicting-fixes-minimal').text;
  assert.deepEqual(check(text).map(at), ['period-mismatch@5:10-5:22', 'unknown-key@7:4-7:7']);
  // Both fixes together write "end" twice.
  assert.equal(
    check(applyEdits(text, preferredEdits(check(text)))).some((d) => d.code === 'duplicate-key'),
    true,
  );
  const out = fixAll(text, check);
  assert.equal(out.text, BASE);
  assert.deepEqual(check(out.text), []);
});

test('fixture conflicting-fixes-duplicate-key: the found record is fixed without a duplicate key', () => {
  const text = loadFixture('conflicting-fixes-duplicate-key').text;
  const out = fixAll(text, check);
  assert.deepEqual(check(out.text).map(at), []);
  assert.match(out.text, /\r\n {4}end: 2020-02-29\r\n/);
  assert.doesNotMatch(out.text, /ѥnd/);
});

test('fixture suppression-inside-string: "# briefing-disable" inside a quoted value switches nothing off', () => {
  assert.deepEqual(check(loadFixture('suppression-inside-string').text).map(at), ['unknown-key@3:2-3:7']);
});

test('fixtures flat-map-11000-keys and unknown-keys-9000-nested: every unknown key reported once', () => {
  const flat = check(loadFixture('flat-map-11000-keys').text);
  assert.equal(flat.filter((d) => d.code === 'unknown-key').length, 11000);
  const nested = check(loadFixture('unknown-keys-9000-nested').text);
  assert.equal(nested.filter((d) => d.code === 'unknown-key').length, 9000);
  assert.equal(at(nested.find((d) => d.code === 'unknown-key')!), 'unknown-key@1:2-1:4');
});

test('fixture spaces-in-quoted-number: numbers written as text are still read, with or without "%"', () => {
  assert.equal(parseVietnameseNumber('88,01%'), 88.01);
  assert.equal(parseVietnameseNumber(' 88,01  % '), 88.01);
  assert.equal(parseVietnameseNumber('1.457'), 1457);
  assert.equal(parseVietnameseNumber('1.457 vụ'), undefined);
  assert.equal(parseVietnameseNumber('%'), undefined);
  const ds = check(loadFixture('spaces-in-quoted-number').text);
  assert.deepEqual(ds.map(at), ['missing-key@0:0-0:10', 'wrong-type@3:11-3:90015']);
});
