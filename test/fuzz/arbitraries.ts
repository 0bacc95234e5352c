// Generators for fuzzing the engine: arbitrary text, YAML-ish text built from the record's own
// vocabulary, the samples mutated line by line and byte by byte, and large pathological inputs.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEYS, TRICKY_PIECES, VALUES, YAML_PIECES } from './pieces';

const SAMPLES_DIR = join(__dirname, '..', '..', 'samples');

function readSamples(dir: string, suffix: string, prefix = ''): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((name) => ({ name: prefix + name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** The valid sample records, and the invalid ones that each break one rule (most with a fix). */
export const SAMPLES = readSamples(SAMPLES_DIR, '.briefing.yaml');
export const SEEDS = [...SAMPLES, ...readSamples(join(SAMPLES_DIR, 'invalid'), '.yaml', 'invalid/')];

export { KEYS, TRICKY_PIECES, VALUES, YAML_PIECES };

const nl = fc.constantFrom('\n', '\n', '\n', '\r\n');

/** Any text: random code units (lone surrogates included) or a soup of the tricky pieces. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({
    unit: fc.constantFrom(...TRICKY_PIECES, ' ', ':', '-', '#', '\n', '[', ']', '{', '}', ',', '"', "'", '&', '*', '!', '|', '>', 'a', 'đ'),
    maxLength: 200,
  }),
);

const line = fc
  .tuple(
    fc.nat({ max: 8 }),
    fc.boolean(),
    fc.oneof(
      fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)).map(([k, v]) => `${k}: ${v}`),
      fc.constantFrom(...KEYS).map((k) => `${k}:`),
      fc.constantFrom(...VALUES),
      fc.constantFrom(...TRICKY_PIECES),
    ),
    fc.option(fc.constantFrom(...YAML_PIECES.filter((p) => p.startsWith('#')), '# ghi chú', '#no-space'), { nil: undefined }),
  )
  .map(([indent, dash, body, comment]) => ' '.repeat(indent) + (dash ? '- ' : '') + body + (comment ? ' ' + comment : ''));

/** Text that looks like a record: keys and values from the schema and catalogs, random shape. */
export const yamlishText = fc.tuple(fc.array(line, { maxLength: 60 }), nl).map(([lines, eol]) => lines.join(eol) + eol);

export type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'indent'; at: number; by: number }
  | { op: 'tab'; at: number }
  | { op: 'flipByte'; at: number; bit: number }
  | { op: 'flipUnit'; at: number; bit: number }
  | { op: 'insert'; at: number; piece: string }
  | { op: 'typo'; at: number; pos: number }
  | { op: 'value'; at: number; value: string }
  | { op: 'crlf' }
  | { op: 'nfd' };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ op: fc.constant('tab' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('flipByte' as const), at: fc.nat(), bit: fc.nat({ max: 7 }) }),
  fc.record({ op: fc.constant('flipUnit' as const), at: fc.nat(), bit: fc.nat({ max: 15 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), piece: fc.constantFrom(...TRICKY_PIECES, ...YAML_PIECES) }),
  fc.record({ op: fc.constant('typo' as const), at: fc.nat(), pos: fc.nat() }),
  fc.record({ op: fc.constant('value' as const), at: fc.nat(), value: fc.constantFrom(...VALUES) }),
  fc.record({ op: fc.constant('crlf' as const) }),
  fc.record({ op: fc.constant('nfd' as const) }),
);

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Applies one mutation; positions wrap around the text so every number is valid. */
export function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = 'at' in m ? m.at % lines.length : 0;
  switch (m.op) {
    case 'delete':
      lines.splice(i, 1);
      return lines.join('\n');
    case 'duplicate':
      lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    case 'swap': {
      const j = m.with % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
    case 'indent':
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-m.by}}`), '');
      return lines.join('\n');
    case 'tab':
      lines[i] = '\t' + lines[i];
      return lines.join('\n');
    case 'flipByte': {
      // As a file on disk would be damaged: flip a bit of the UTF-8 bytes, read back leniently.
      const bytes = Buffer.from(text, 'utf8');
      if (bytes.length === 0) return text;
      bytes[m.at % bytes.length] ^= 1 << m.bit;
      return utf8.decode(bytes);
    }
    case 'flipUnit': {
      if (text.length === 0) return text;
      const k = m.at % text.length;
      return text.slice(0, k) + String.fromCharCode(text.charCodeAt(k) ^ (1 << m.bit)) + text.slice(k + 1);
    }
    case 'insert': {
      const k = m.at % (text.length + 1);
      return text.slice(0, k) + m.piece + text.slice(k);
    }
    case 'typo': {
      // Swap two letters of the line's key ("fromat:"), the commonest misspelling.
      const m2 = /^(\s*(?:- )?)([a-z_]{2,}):/.exec(lines[i]);
      if (!m2) return text;
      const key = m2[2];
      const k = m2[2].length > 1 ? m.pos % (key.length - 1) : 0;
      const typo = key.slice(0, k) + key[k + 1] + key[k] + key.slice(k + 2);
      lines[i] = m2[1] + typo + lines[i].slice(m2[0].length - 1);
      return lines.join('\n');
    }
    case 'value': {
      const m2 = /^(\s*(?:- )?[^\s:#][^:#]*: )(.*)$/.exec(lines[i]);
      if (!m2) return text;
      lines[i] = m2[1] + m.value;
      return lines.join('\n');
    }
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'nfd':
      return text.normalize('NFD');
  }
}

/** A sample with a few mutations: mostly a record, broken in small ways. */
export const mutatedSample = fc
  .tuple(fc.nat({ max: SEEDS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([s, ms]) => ({ sample: SEEDS[s].name, mutations: ms, text: ms.reduce(mutate, SEEDS[s].text) }));

/** Pieces that, repeated up to ~100 KB, stress the parser and the rules' complexity. */
export const LARGE_PIECES = [
  '[',
  '{a: ',
  '- ',
  ' ',
  '#',
  'a',
  'đ'.normalize('NFD'),
  '"',
  '\n',
  '&a x\n',
  'k: *a\n',
  '  - label: Phạm tội về ma túy\n    value: 1.457\n    unit: vụ\n',
  '  - text: Tiếp tục thực hiện nghiêm túc các chỉ đạo.\n    issued_by: Tô Lâm\n',
  '  - rank: Đại tá\n    name: Nguyễn Văn A\n    positions: [Giám đốc Công an tỉnh Hà Nam]\n    unit: Công an tỉnh Hà Nam\n',
  'x: 1\n',
  '\t',
  '\u0301',
  '# briefing-disable-line\n',
];

/** Where the repeated piece goes: plain, in a list, inside a value (quoted or not) that a rule reads. */
export const LARGE_FRAMES: [string, string][] = [
  ['', ''],
  ['statistics:\n', ''],
  ['directives:\n', ''],
  ['participants:\n', ''],
  [SAMPLES[0].text + '\nstatistics:\n', ''],
  ['statistics:\n  - label: Vụ\n    unit: vụ\n    value: "1', 'x"\n'],
  ['statistics:\n  - label: Vụ\n    unit: vụ\n    value: 1', ' %\n'],
  ['meeting:\n  title: "', '"\n'],
  ['meeting:\n  period:\n    text: tháng 2', ' 2020\n'],
  ['chair:\n  positions:\n    - Giám đốc', 'Bộ Công an\n'],
];

/** A large input: a frame around one piece repeated to 100 KB at most. */
export const largeText = fc
  .tuple(fc.constantFrom(...LARGE_FRAMES), fc.constantFrom(...LARGE_PIECES), fc.integer({ min: 1_000, max: 100_000 }))
  .map(([[head, tail], piece, size]) => head + piece.repeat(Math.ceil(size / piece.length)).slice(0, 100_000 - head.length - tail.length) + tail);

/** Every kind of input, weighted towards the ones closest to real records. */
export const anyInput = fc.oneof(
  { weight: 2, arbitrary: anyText },
  { weight: 3, arbitrary: yamlishText },
  { weight: 5, arbitrary: mutatedSample.map((m) => m.text) },
);
