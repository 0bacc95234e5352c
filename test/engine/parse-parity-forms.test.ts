// The fast parse path on the forms people write: CRLF line ends, quoted strings over several
// lines, block scalars with blank lines, deeper lines, chomping and trailing spaces. Each must
// parse exactly as `yaml` parses it, or decline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import fc from 'fast-check';
import { makeRecord } from '../../bench/generate.mjs';
import { fastParse } from '../../server/src/engine/parse/fast-parse';
import { DOC_OPTIONS, FAST_MAX_DEPTH, mayBeTagged } from '../../server/src/engine/parse/fast-scan';
import { findExcessiveNesting } from '../../server/src/engine/parse/depth-guard';
import { parseRecord } from '../../server/src/engine/parse/parse-record';
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

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

/** Each text takes the fast path and parses exactly as yaml parses it. */
const readAsYaml = (texts: string[]) => texts.forEach((text) => assert.equal(compare(text), '', JSON.stringify(text)));
/** Each text is left to the full parser. */
const declined = (texts: string[]) => texts.forEach((text) => assert.equal(compare(text), 'declined', JSON.stringify(text)));

test('records saved with CRLF line ends take the fast path and parse exactly as yaml parses them', () => {
  const declined: string[] = [];
  for (const file of sampleFiles) {
    const text = crlf(read(file));
    const r = compare(text);
    if (r === 'declined') {
      declined.push(basename(file));
      continue;
    }
    assert.equal(r, '', file);
    const [on, off] = diagnosticsBothWays(text);
    assert.equal(on, off, file);
  }
  // The same files as with LF line ends (test/engine/parse-parity.test.ts).
  assert.deepEqual(declined.sort(), [
    'decimal-comma-in-flow-map.yaml',
    'duplicate-key.yaml',
    'yaml-syntax-over-indented.yaml',
    'yaml-syntax-unclosed-quote.yaml',
    'yaml-syntax.yaml',
  ]);
  for (const [seed, lines] of [
    [5, 80],
    [6, 600],
  ]) {
    assert.equal(compare(crlf(makeRecord(seed, lines))), '', `seed ${seed}, ${lines} lines, CRLF`);
  }
  // A lone CR (old Mac line ends) is left to yaml.
  assert.equal(compare('a: 1\rb: 2\n'), 'declined');
});

test('quoted strings over several lines take the fast path, folded as yaml folds them', () => {
  const accepted = [
    'a: "one\n  two"\n',
    'a: "one  \n   two  \n\n\n  three"\nb: 1\n',
    "a: 'it''s\n  long'\n",
    'a: "x\n  "\n',
    'a:\n  b: "x\n   y" # c\n  c: 2\n',
    'a:\n  - "x\n    y"\n  - z\n',
    'a:\n  - "x\n   y"\n',
    'a: "x\r\n  y"\r\nb: 1\r\n',
    'a: "x \\"\n  y\\n"\n',
    "a: '\n  x'\n",
    'directives:\n  - text: "Công an các đơn vị, địa phương\n      tăng cường tuần tra"\n    by: Bộ trưởng\n',
  ];
  for (const text of accepted) assert.equal(compare(text), '', JSON.stringify(text));
  // Outside the subset (an escaped line break, a line not indented under its key, unclosed):
  // the fast path declines and yaml answers, with its error where there is one.
  declined(['a: "x\\\n  y"\n', 'a:\n  b: "x\n  y"\n', 'a: "x\ny"\n', 'a: "x\n  y\n', 'a: "x\n\n"\n']);
});

test('block scalars as people write them: blank lines, deeper lines, chomping, trailing spaces', () => {
  readAsYaml([
    'a: >-\n  one\n  two\n\n  three\n\n\n  four\nb: 1\n',
    'a: |\n  one\n\n    deeper\n  back\nb: 1\n',
    'a: |-\n  x  \n  y\nb: 1\n',
    'a: >\n  x  \n  y\nb: 1\n',
    'a: |+\n  x\nb: 1\n',
    'a: >-\r\n  one\r\n\r\n  two\r\nb: 1\r\n',
    'a:\n  - text: >-\n      Lorem\n\n      ipsum\n    by: X\n',
  ]);
  declined(['a: >+\n  x\n\nb: 1\n', 'a: >\n  x\n    deeper\n  y\n', 'a: |\n\n  x\n', 'a: |\n  x\n   \n  y\n', 'a: |2\n    x\n', 'a: > # c\n  x\n']);
});

test('"&", "*" and "!" inside text take the fast path; where a node starts they decline', () => {
  const text = [
    'source:',
    '  publisher: "Phụ nữ & Cuộc sống"',
    '  author: Trần & Lê',
    'directives:',
    '  - text: Rà soát * các vụ việc ! trọng điểm',
    '    topics: [ma túy & tội phạm, "a *b"]',
    "  - text: 'Chú thích *'",
    '',
  ].join('\n');
  assert.equal(compare(text), '');
  const starts = [
    'a: &x 1\nb: *x\n',
    'a: *x\n',
    'a: !!str 1\n',
    'a: ! x\n',
    '&k a: 1\n',
    '*k : 1\n',
    '!t a: 1\n',
    'a:\n  - &x 1\n  - *x\n',
    'a: [&x 1, *x]\n',
    'a: {&k b: 1}\n',
    'a: [b, !t c]\n',
    'a: &x\n  b: 1\nc: *x\n',
    'a: "x" &y\n',
    'a: & x\n',
    'a: * x\n',
  ];
  declined(starts);
});

test('fast-path nodes are the yaml classes: identified, cloned, edited and written back as yaml does', () => {
  const text = read(sampleFiles.find((f) => basename(f).startsWith('2023-09-28'))!);
  const fast = fastParse(text)!;
  assert.ok(fast, 'the sample takes the fast path');
  const full = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  let nodes = 0;
  visit(fast.doc, {
    Node(_, node) {
      nodes++;
      assert.equal(isNode(node), true);
      if (isScalar(node)) assert.ok(node instanceof Scalar);
      if (isMap(node)) assert.ok(node instanceof YAMLMap);
      if (isSeq(node)) assert.ok(node instanceof YAMLSeq);
    },
    Pair(_, pair) {
      assert.ok(isPair(pair) && pair instanceof Pair);
    },
  });
  assert.ok(nodes > 100);
  // Written back, cloned and edited through yaml's own methods (the fast path keeps no comments,
  // so the text is compared by what it reads as).
  assert.deepEqual(parseDocument(fast.doc.toString()).toJS(), full.toJS());
  assert.deepEqual(fast.doc.clone().toJS(), full.toJS());
  fast.doc.setIn(['meeting', 'kind'], 'họp báo');
  full.setIn(['meeting', 'kind'], 'họp báo');
  assert.deepEqual(parseDocument(fast.doc.toString()).toJS(), full.toJS());
  assert.equal(fast.doc.getIn(['meeting', 'kind']), 'họp báo');
});

test('comments indented deeper than the next key take the fast path, as trailing comments of the value above', () => {
  const cases = [
    'm:\n  date: x\n      # deep\n  title: y\n',
    'm:\n  date: x\n      # deep\n\n  title: y\n',
    'm:\n  date: x\n\n      # deep\n  title: y\n',
    'm:\n  date: x\n      # deep\n  # same\n  title: y\n',
    'm:\n  date: "x"\n      # deep\n  title: y\n',
    'm:\n  date: [x]\n      # deep\n  title: y\n',
    'm:\n  d:\n    e: x\n      # deep\n  title: y\n',
    'm:\n  date: x\n      # deep\n',
    'm:\n  - a\n    # deep\n  - b\n',
    'm:\n- a\n  # deep\n- b\n',
    'm:\n  date: x # own\n      # deep\n  title: y\n',
    'a:\n  - k: v\n      # deep\n    j: 2\n',
    'a: x\r\n    # deep\r\nb: y\r\n',
    'a: "q\n  r"\n    # deep\nb: y\n',
    'a: x\n    # deep\n    # deeper\n  # less\nb: y\n',
  ];
  readAsYaml(cases);
  // A record as people annotate one: a note under a value.
  const record = read(sampleFiles.find((f) => basename(f).startsWith('2023-09-28'))!).replace(/^( {2}date: .*)$/m, '$1\n      # chưa xác minh');
  assert.match(record, /# chưa xác minh/);
  assert.equal(compare(record), '');
  // Where the library gives the comment to something else, the fast path still declines.
  declined([
    'm:\n  date: >-\n    x\n      # deep\n  title: y\n',
    'm:\n  d:\n    e: x\n   # mid\n  title: y\n',
    'm:\n  date: x\n  # same\n      # deep\n  title: y\n',
  ]);
});

test('flow lists continued on the lines below take the fast path and parse exactly as yaml parses them', () => {
  const cases = [
    't: [\n  a, b, c]\nz: 1\n',
    't: [a,\n  b]\nz: 1\n',
    't: [a, b\n  , c]\nz: 1\n',
    't: [\n  a,\n  b\n  ]\nz: 1\n',
    't: [a,  \n  b]\nz: 1\n',
    't: [a,\n\n  b]\nz: 1\n',
    'm:\n  t: [a,\n   b]\n  z: 1\n',
    't: {k: v,\n  j: w}\nz: 1\n',
    't: [a, [b,\n  c]]\nz: 1\n',
    't: ["a"\n  , "b"]\nz: 1\n',
    't: [a,\n  b] # c\nz: 1\n',
    't: [a,\r\n  b]\r\nz: 1\r\n',
    'm:\n  - [a,\n    b]\n  - c\n',
  ];
  readAsYaml(cases);
  // Not at the block's indentation, no comment inside, no plain scalar or key over two lines.
  declined(['t: [a,\nb]\n', 'm:\n  t: [a,\n  b]\n', 't: [a,\n  # c\n  b]\n', 't: {k:\n  v}\n', 't: [a\n  b]\n']);
  // Every break a writer might put in a record's topic lists.
  const base = makeRecord(11, 160);
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(), fc.constantFrom('\n', '\n    ', '\n      ', '\n         ', '\n\n        ', ' \n       ')), { maxLength: 6 }),
      (breaks) => {
        const text = base.replace(/ {4}topics:\n((?: {6}- .*\n)+)/g, (_, items: string) => {
          let flow = `[${items
            .trim()
            .split('\n')
            .map((l) => l.trim().slice(2))
            .join(', ')}]`;
          for (const [at, piece] of breaks) {
            const commas = [...flow.matchAll(/[[,]/g)].map((m) => m.index! + 1);
            const i = commas[at % commas.length];
            flow = flow.slice(0, i) + piece + flow.slice(i).trimStart();
          }
          return `    topics: ${flow}\n`;
        });
        const r = compare(text);
        assert.ok(r === '' || r === 'declined', `${r}\n${text}`);
      },
    ),
    { numRuns: 200, seed: 11 },
  );
});

test('the fast path reads no text the depth guard would refuse: it declines nesting past FAST_MAX_DEPTH', () => {
  const maps = (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' x\n';
  const seqItems = (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- k${i}:`).join('\n') + ' x\n';
  const flows = (n: number) => `a: ${'['.repeat(n)}x${']'.repeat(n)}\n`;
  const mixed = (n: number) => `a: ${'[{b: '.repeat(n)}x${'}]'.repeat(n)}\n`;
  for (const make of [maps, (n: number) => 'a:\n' + seqItems(n).replace(/^/gm, '  '), flows, mixed]) {
    for (const n of [FAST_MAX_DEPTH - 2, FAST_MAX_DEPTH - 1, FAST_MAX_DEPTH, FAST_MAX_DEPTH + 1, FAST_MAX_DEPTH * 3]) {
      const text = make(n);
      const fast = fastParse(text);
      if (fast) assert.equal(findExcessiveNesting(text), -1, `read by the fast path, refused by the guard:\n${text}`);
      if (n > FAST_MAX_DEPTH) assert.equal(fast, undefined, `depth ${n} read by the fast path`);
    }
  }
  // Records are far from it; absurd nesting still gets the guard's diagnostic.
  assert.ok(fastParse(maps(10)));
  const deep = 'a:\n' + seqItems(400).replace(/^/gm, '  ');
  assert.deepEqual(
    parseRecord(deep).problems.map((p) => p.code),
    ['yaml-too-deep'],
  );
});

test('a plain scalar the core schema could read as null, a boolean or a number is never taken for a string unread', () => {
  const tags = (new Document(undefined, DOC_OPTIONS).schema.tags as unknown as { test?: RegExp; default?: boolean; tag: string }[]).filter(
    (t) => t.default === true && t.test,
  );
  assert.ok(tags.length >= 6, tags.map((t) => t.tag).join(' '));
  const tails = ['', 'rue', 'RUE', 'alse', 'ull', 'ULL', '1', '12', '.5', 'e3', '1e3', 'x1f', 'o17', 'inf', 'nan', 'NaN', 'Inf', ' a'];
  let tagged = 0;
  for (let c = 0; c < 0x2100; c++) {
    for (const tail of tails) {
      const str = String.fromCharCode(c) + tail;
      if (tags.some((t) => t.test!.test(str))) {
        tagged++;
        assert.ok(mayBeTagged(str), JSON.stringify(str));
      }
    }
  }
  assert.ok(tagged > 20);
  assert.equal(mayBeTagged(''), true);
  assert.equal(mayBeTagged('Công an tỉnh Hưng Yên'), false);
});
