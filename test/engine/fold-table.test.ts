// fold's per-character table gives the very key its definition (Unicode decomposition, marks
// removed, đ mapped, lower case, punctuation folded) gives, on any text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fold, foldByNormalizing } from '../../server/src/engine/text/fold';

const PIECES = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ0123456789%',
  ...'áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ',
  ...'ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ',
  '\u0300',
  '\u0301',
  '\u0303',
  '\u0309',
  '\u0323',
  '\u0302',
  '\u0306',
  '\u031b', // combining marks (NFD text)
  'Ð',
  'ð',
  'Ɖ',
  'ɖ',
  'İ',
  'ß',
  'Æ',
  'ŉ',
  'ǅ',
  'ﬁ', // look-alikes and letters with odd case or decomposition
  ' ',
  '  ',
  ',',
  '.',
  '-',
  '–',
  '—',
  '(',
  ')',
  '"',
  '“',
  '\t',
  '\n',
  '\u00a0',
  '_',
  '/',
  'Σ',
  'ς',
  'σ',
  'Ω',
  'Я',
  'ж',
  '中',
  '😀',
  '\ud800', // beyond the table
];

test('the fold table equals the definition on Vietnamese text, NFD text, punctuation and other scripts', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
      const s = parts.join('');
      assert.equal(fold(s), foldByNormalizing(s), JSON.stringify(s));
    }),
    { numRuns: 5000 },
  );
  for (let c = 0; c < 0x2100; c++) {
    const s = `a${String.fromCharCode(c)}b ${String.fromCharCode(c)}`;
    assert.equal(fold(s), foldByNormalizing(s), `U+${c.toString(16)}`);
  }
});
