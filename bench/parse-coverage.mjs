// How often the fast parse path is taken on records written the way people write them: the
// generated records as they are and rewritten into forms seen in real archives (CRLF line ends,
// quoted titles over two lines, literal texts with paragraphs, flow lists, comments in odd
// places). For each variant: the share of records the fast path parses, and the parse time of
// the whole variant with the fast path and with the `yaml` parse alone (one process, warm).
import { createRequire } from 'node:module';
import { makeRecord, rng } from './generate.mjs';

const require = createRequire(import.meta.url);

/** Rewrites of a generated record (LF) into forms people write. */
export const VARIANTS = {
  'as generated (LF, folded `>-` texts)': (t) => t,
  'CRLF line ends (saved on Windows)': (t) => t.replace(/\n/g, '\r\n'),
  'CRLF + literal `|` texts with a blank line between paragraphs': (t) => literalParagraphs(t).replace(/\n/g, '\r\n'),
  'titles in double quotes over two lines': (t) => t.replace(/^( {2}title: )(.*?) (\S+)$/m, '$1"$2\n    $3"'),
  'single-quoted labels with an apostrophe': (t) => t.replace(/^( {2}- label: )(.*)$/gm, (_, k, v) => `${k}'${v} ''chính thức'''`),
  '`|-` and `>` texts with trailing spaces': (t) => t.replace(/text: >-\n/g, 'text: |-\n').replace(/(\(nội dung \d+\)\.)$/gm, '$1  '),
  'topics as a one-line flow list': (t) =>
    t.replace(
      / {4}topics:\n((?: {6}- .*\n)+)/g,
      (_, items) =>
        `    topics: [${items
          .trim()
          .split('\n')
          .map((l) => l.trim().slice(2))
          .join(', ')}]\n`,
    ),
  'topics as a flow list over two lines': (t) =>
    t.replace(
      / {4}topics:\n((?: {6}- .*\n)+)/g,
      (_, items) =>
        `    topics: [\n      ${items
          .trim()
          .split('\n')
          .map((l) => l.trim().slice(2))
          .join(', ')}]\n`,
    ),
  'a comment indented deeper than the next key': (t) => t.replace(/^( {2}date: .*)$/m, '$1\n      # chưa xác minh'),
  'comments after sequence dashes and keys': (t) =>
    t.replace(/^( {6}- Công an các đơn vị, địa phương)$/gm, '$1 # theo công văn').replace(/^( {4}issued_by: .*)$/gm, '$1 # ký thay'),
};

function literalParagraphs(t) {
  return t.replace(/text: >-\n((?: {6}.*\n)+)/g, (_, body) => {
    const lines = body.split('\n').filter(Boolean);
    const mid = Math.max(1, lines.length >> 1);
    return `text: |\n${[...lines.slice(0, mid), '', ...lines.slice(mid)].join('\n')}\n`;
  });
}

export function runParseCoverage({ engineBundle, records = 200, log = () => undefined }) {
  const { fastParse } = require(engineBundle);
  const YAML = require('yaml');
  const r = rng(99);
  const base = Array.from({ length: records }, (_, i) => makeRecord(5000 + i, r.int(50, 400)));
  const out = [];
  for (const [name, rewrite] of Object.entries(VARIANTS)) {
    const texts = base.map(rewrite);
    const changed = texts.filter((t, i) => t !== base[i]).length;
    let hits = 0;
    for (const t of texts) if (fastParse(t)) hits++;
    // The least of three runs after a warm-up: the machine's noise only ever adds time.
    const time = (fn) => {
      fn();
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        fn();
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    const fastMs = time(() => {
      for (const t of texts) if (!fastParse(t)) YAML.parseAllDocuments(t, { prettyErrors: false, uniqueKeys: true, strict: true });
    });
    const yamlMs = time(() => {
      for (const t of texts) YAML.parseAllDocuments(t, { prettyErrors: false, uniqueKeys: true, strict: true });
    });
    out.push({ variant: name, records: texts.length, changed, hits, fastMs, yamlMs });
    log(`  parse coverage: ${name}: ${hits}/${texts.length}`);
  }
  return out;
}
