// The server's copy of a document equals the editor's after any sequence of incremental edits,
// including edits that join a lone "\r" with a "\n" and edits inside surrogate pairs; its line
// index agrees with the editor's too (diagnostics and fixes are placed by it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SyncedTextDocument } from '../../server/src/lsp/text-document';
import { applyStep, editSequence, lineStarts, positionAt } from './edits';

function replay(seq: { start: string; events: { from: number; length: number; text: string }[][] }): string | undefined {
  const doc = SyncedTextDocument.create('file:///x.briefing.yaml', 'briefing-yaml', 0, seq.start);
  let text = seq.start;
  let version = 0;
  for (const event of seq.events) {
    const changes = [];
    for (const s of event) {
      const r = applyStep(text, s);
      changes.push(r.change);
      text = r.text;
    }
    SyncedTextDocument.update(doc, changes, ++version);
    if (doc.getText() !== text) return `text differs after event ${version}: ${JSON.stringify(doc.getText())} vs ${JSON.stringify(text)}`;
    if (doc.lineCount !== lineStarts(text).length) return `line count ${doc.lineCount} vs ${lineStarts(text).length} after event ${version}`;
    for (let o = 0; o <= text.length; o++) {
      const a = doc.positionAt(o);
      const b = positionAt(text, o);
      // Offsets inside a CRLF pair have no position of their own; both sides clamp them.
      if (o > 0 && text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10) continue;
      if (a.line !== b.line || a.character !== b.character) return `position of offset ${o}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
    }
  }
  return undefined;
}

test('the server text equals the editor text after any edit sequence with lone CRs, CRLF and surrogates', () => {
  fc.assert(
    fc.property(editSequence, (seq) => {
      const problem = replay(seq);
      assert.equal(problem, undefined);
    }),
    { seed: 20260226, numRuns: 1500 },
  );
});

test('typing Enter after a lone CR, and deleting what stood between a CR and a LF', () => {
  const cases: { start: string; events: { from: number; length: number; text: string }[][] }[] = [
    { start: 'a\rb', events: [[{ from: 2 / 3, length: 0, text: '\n' }], [{ from: 1, length: 0, text: 'Đ' }]] },
    { start: 'a\rx\nb', events: [[{ from: 2 / 5, length: 1, text: '' }], [{ from: 1, length: 0, text: 'c' }]] },
    { start: 'a\nb', events: [[{ from: 1 / 3, length: 0, text: '\r' }], [{ from: 1, length: 0, text: 'c' }]] },
  ];
  for (const c of cases) assert.equal(replay(c), undefined, JSON.stringify(c.start));
  // The library on its own loses the line break (what this module works around).
  const plain = TextDocument.create('file:///x', 'yaml', 0, 'a\rb');
  TextDocument.update(plain, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' }], 1);
  assert.equal(plain.lineCount, 3, 'the text-document library now joins CR and LF itself: this workaround can go');
});
