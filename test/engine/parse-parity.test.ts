// The fast parse path (parse/fast-parse.ts) must build exactly what the `yaml` library builds:
// the same node tree with the same ranges, the same YAML 1.2 values (dates stay strings), and
// so the same diagnostics. Where it cannot, it must decline and leave the text to `yaml`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { fastParse } from '../../server/src/engine/parse/fast-parse';
import { findExcessiveNesting, scanNesting } from '../../server/src/engine/parse/depth-guard';
import { makeRecord } from '../../bench/generate.mjs';
import { SAMPLES, read } from '../helpers/engine';
import { compare, diagnosticsBothWays } from '../helpers/parse-compare';

const INVALID = join(SAMPLES, 'invalid');
const sampleFiles = [
  ...readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.briefing.yaml'))
    .map((f) => join(SAMPLES, f)),
  ...readdirSync(INVALID)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(INVALID, f)),
];

test('the samples take the fast path and parse exactly as yaml parses them', () => {
  const declined: string[] = [];
  for (const file of sampleFiles) {
    const r = compare(read(file));
    if (r === 'declined') {
      declined.push(basename(file));
      continue;
    }
    assert.equal(r, '', file);
  }
  // Only the records that are broken YAML on purpose (duplicate key, syntax errors) and a
  // one-line mapping with a key without value (a decimal comma) decline.
  assert.deepEqual(declined.sort(), [
    'decimal-comma-in-flow-map.yaml',
    'duplicate-key.yaml',
    'yaml-syntax-over-indented.yaml',
    'yaml-syntax-unclosed-quote.yaml',
    'yaml-syntax.yaml',
  ]);
});

test('the bundled catalogs read through the fast path give the same data as yaml', () => {
  const dir = join(SAMPLES, '..', 'schemas', 'catalogs');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  let accepted = 0;
  for (const f of files) {
    const r = compare(read(join(dir, f)));
    if (r !== 'declined') accepted++;
    assert.ok(r === '' || r === 'declined', `${f}: ${r}`);
  }
  // All of them ("Phụ nữ & Cuộc sống" in sources.yaml is text, not an anchor).
  assert.equal(accepted, files.length);
});

test('every sample gets the same diagnostics with and without the fast path', () => {
  for (const file of sampleFiles) {
    const [on, off] = diagnosticsBothWays(read(file));
    assert.equal(on, off, file);
  }
});

test('generated records of every size take the fast path and parse exactly as yaml parses them', () => {
  for (const [seed, lines] of [
    [1, 50],
    [2, 150],
    [3, 500],
    [4, 2000],
  ]) {
    const text = makeRecord(seed, lines);
    assert.equal(compare(text), '', `seed ${seed}, ${lines} lines`);
    const [on, off] = diagnosticsBothWays(text);
    assert.equal(on, off);
  }
});

test('YAML 1.2 core-schema values: dates stay strings, numbers and nulls as yaml resolves them', () => {
  const text = [
    'meeting:',
    '  date: 2020-02-26',
    '  when: 2020-02-26T10:00:00Z',
    'a: 1.457',
    'b: 1.50',
    'c: 0x1F',
    'd: 0o17',
    'e: ~',
    'f: Null',
    'g: true',
    'h: FALSE',
    'i: .inf',
    'j: -.INF',
    'k: .nan',
    'l: 1e3',
    'm: +12',
    'n: yes',
    'o: 012',
    'p:',
    'q: "2020-02-26"',
    "r: '1.457'",
    's: [2020-02-26, 1.5, null, x y]',
    't: { u: 2023-09-28, v: 0x10 }',
    '',
  ].join('\n');
  assert.equal(compare(text), '');
  const value = fastParse(text)!.value as Record<string, unknown>;
  assert.deepEqual(value.meeting, { date: '2020-02-26', when: '2020-02-26T10:00:00Z' });
  assert.equal(value.a, 1.457);
  assert.equal(value.n, 'yes'); // a YAML 1.1 boolean, a string in 1.2
  assert.equal(value.o, 12);
  assert.equal(value.p, null);
  assert.deepEqual(value.s, ['2020-02-26', 1.5, null, 'x y']);
  assert.deepEqual(value.t, { u: '2023-09-28', v: 16 });
});

test('layouts records use parse identically: comments, blank lines, sequences at the key indent, block scalars, flow', () => {
  const cases = [
    '# modeline\n# more\nmeeting:\n  kind: sơ kết # trailing\n\n  # before a key\n  title: X\n',
    'a:\n- x\n- y\nb: 1\n',
    'a:\n  - k: 1\n\n    # comment\n    j: 2\n  - k: 3\nb: z\n',
    'a: |\n  l1\n  l2\n\n\nb: >\n   x\n',
    'a: >-\n  one\n  two\nb: |-\n  three\n',
    'a:\n  - text: >-\n      Lorem ipsum\n      dolor\n    by: X\n',
    'u: { k: v, w: [1, 2] }\nv: [a , b ]\nw: {}\nx: []\n',
    'a: "q \\"x\\" \\u00e9"\nb: \'it\'\'s\'\nc: "x" # c\n',
    'a:\nb:   \nc: \n  k: 1\n',
    'url: https://example.com/a#b\nt: a#b\n',
    'a: 1',
    'z:',
    'a:\n  b:\n    c:\n      - d\n      - e\n  f: g\n# end\n\n',
    '- a\n- b\n',
    'a: b: c\n',
    'a: 1\na: 2\n',
    'a:\n  b: 1\n   c: 2\n',
    'a: x\n  continued\n',
    'a: &x 1\nb: *x\n',
    'a: !!str 1\n',
    '---\na: 1\n',
    'a:\n\tb: 1\n',
    'a: 1\r\nb: 2\r\n',
    'a: |\r\n  x\r\n\r\n  y\r\nb: >-\r\n  z\r\n\r\nc:\r\n  - d # e\r\n  # f\r\n  - [g, h]\r\n',
    'a:\r\n\r\nb: 1\r',
    'a:\n  - 1\n  # misplaced\nb: 2\n',
    'a: "unterminated\n',
    'a: [1, 2\n',
    'a: |+\n  x\n\n',
    'a: |2\n    x\n',
    'a: >\n  x\n\n  y\n',
    'a: { b: 1, }\n',
    'a: "\\x41"\n',
    '__proto__: 1\n',
    'a:\n  -\n  - b\n',
    'a:\n# c\nb: 1\n',
    'a: \n  # c\nb: 1\n',
    's:\n  - u: 1\n    v:\n#x\nd: 2\n',
  ];
  for (const text of cases) {
    const r = compare(text);
    assert.ok(r === '' || r === 'declined', `${JSON.stringify(text)}: ${r}`);
  }
  // The record-shaped ones must take the fast path (the rest may decline).
  for (const text of cases.slice(0, 12)) assert.equal(compare(text), '', JSON.stringify(text));
});

const PIECES = [
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\n  ',
  ':',
  ': ',
  '- ',
  '#',
  ' #',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '|',
  '>',
  '>-',
  'a',
  'ư',
  'Đ',
  '1',
  '.',
  '0x',
  '&a',
  '*a',
  '!',
  '\t',
  '\r',
  '~',
  'null',
  '2020-02-26',
  '1.457',
];

test('mutated samples: the fast path either declines or parses exactly as yaml does', () => {
  const texts = sampleFiles.map((f) => read(f));
  fc.assert(
    fc.property(
      fc.nat(texts.length - 1),
      fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 4 }),
      (which, edits) => {
        let text = texts[which];
        for (const [at, del, piece] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + piece + text.slice(i + del);
        }
        const r = compare(text);
        assert.ok(r === '' || r === 'declined', `${r}\n--- text ---\n${text}`);
      },
    ),
    { numRuns: 400, seed: 20231028 },
  );
});

test('mutated records get the same diagnostics with and without the fast path', () => {
  const base = makeRecord(7, 120);
  fc.assert(
    fc.property(fc.nat(), fc.nat(2), fc.constantFrom(...PIECES), (at, del, piece) => {
      const i = at % (base.length + 1);
      const text = base.slice(0, i) + piece + base.slice(i + del);
      const [on, off] = diagnosticsBothWays(text);
      assert.equal(on, off, text);
    }),
    { numRuns: 150, seed: 7 },
  );
});

test("the depth guard's quick bound never lets a too-deep text through", () => {
  const pieces = ['[', '{', ']', '}', '- ', '-  ', '-\t', ' ', '  ', '    ', '\n', '\n ', '\n- ', 'a: ', '"', "'", '"[', '# {', '#', 'x', '[]', '{ a: [b] }'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), fc.integer({ min: 2, max: 16 }), (parts, max) => {
      const text = parts.join('');
      assert.equal(findExcessiveNesting(text, max), scanNesting(text, max), JSON.stringify(text));
    }),
    { numRuns: 5000, seed: 3 },
  );
});
