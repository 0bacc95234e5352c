// A file of several YAML documents: rules that read the whole text report each finding once,
// not once per document, and a file of thousands of documents is validated in one pass over it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, brief, newEngine, withLine } from '../helpers/engine';

const engine = newEngine();
const TITLE = '  title: Hội nghị giao ban Bộ Công an tháng 2-2020';

test('one look-alike letter or NFD word in a three-document file is reported once', () => {
  const first = withLine(BASE, TITLE, '  title: Ðông');
  const text = [first, BASE, BASE].join('---\n');
  const ds = engine.check(text, 'x.briefing.yaml').filter((d) => d.code === 'lookalike-letter');
  assert.deepEqual(ds.map(brief), ['lookalike-letter@3:10']);

  const nfd = withLine(BASE, TITLE, '  title: Hội nghị'.normalize('NFD'));
  const n = engine.check([BASE, nfd, BASE].join('---\n'), 'x.briefing.yaml').filter((d) => d.code === 'text-not-nfc');
  assert.deepEqual(
    n.map((d) => d.range.start.line),
    [BASE.split('\n').length + 2, BASE.split('\n').length + 2],
  );
});

test('the look-alike letter is reported once even when only a later document is a mapping', () => {
  const text = `- a list\n---\n${withLine(BASE, TITLE, '  title: Ðông')}`;
  const ds = engine.check(text, 'x.briefing.yaml').filter((d) => d.code === 'lookalike-letter');
  assert.deepEqual(ds.map(brief), ['lookalike-letter@5:10']);
});

test('a file of 4,000 documents, each with a look-alike letter, gets exactly 4,000 findings of it', () => {
  // Run per document, the whole-text rule reported 4,000 × 4,000 findings (the heap ran out).
  const doc = 'meeting:\n  title: Ðông\n  date: 2020-01-01\n';
  const text = Array.from({ length: 4000 }, () => doc).join('---\n');
  const ds = engine.check(text, 'x.briefing.yaml');
  const lookalikes = ds.filter((d) => d.code === 'lookalike-letter');
  assert.equal(lookalikes.length, 4000);
  assert.deepEqual(lookalikes.slice(0, 2).map(brief), ['lookalike-letter@2:10', 'lookalike-letter@6:10']);
  // The fix-all of a missing key keeps each document's own line break.
  const crlf = engine.check(Array.from({ length: 3 }, () => doc.replace(/\n/g, '\r\n')).join('---\r\n'), 'x.briefing.yaml');
  const insert = crlf
    .flatMap((d) => d.fixes ?? [])
    .flatMap((f) => f.edits)
    .find((e) => e.newText.includes('chair:'));
  assert.ok(insert && insert.newText.startsWith('\r\n'), JSON.stringify(insert));
});
