// Deterministic generator of realistic briefing records for the benchmarks: one record of about
// 50, 500, 5,000 and 50,000 lines (many participants, directives and statistics, Vietnamese
// text) and a folder of ordinary records, some with errors at known places. The same seed gives
// the same bytes on every machine.
//
//   node bench/generate.mjs [outDir] [--records 2000] [--seed 20231028]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HO, DEM, TEN, PROVINCES, CUC, VERBS, TASKS, PLACES, TOPICS, STAT_KINDS } from './lib/vocabulary.mjs';

/** mulberry32: a small seeded PRNG, enough for test data. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

function month(m) {
  const days = new Date(Date.UTC(2023, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { text: `tháng ${m}-2023`, start: `2023-${mm}-01`, end: `2023-${mm}-${days}` };
}

/** A small stable hash of a name: the same person gets the same rank and unit in every record. */
function nameHash(name) {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Chairs and participants are different people, so no one is Trung tướng in one record and Đại tá in another. */
const isChairName = (name) => nameHash(name) % 8 === 0;

function makeName(r, used, chair = false) {
  for (;;) {
    const name = `${r.pick(HO)} ${r.pick(DEM)} ${r.pick(TEN)}`;
    if (!used.has(name) && isChairName(name) === chair) {
      used.add(name);
      return name;
    }
  }
}

/** A participant: rank, position and unit follow from the name, as one real person's would across the archive. */
function person(r, used, indent) {
  const pad = ' '.repeat(indent);
  const name = makeName(r, used);
  const h = nameHash(name);
  const kind = h % 3;
  const province = PROVINCES[(h >>> 4) % PROVINCES.length];
  if (kind === 0) {
    return {
      name,
      lines: [`rank: Đại tá`, `name: ${name}`, `positions:`, `  - Giám đốc Công an tỉnh ${province}`, `unit: Công an tỉnh ${province}`].map((l) => pad + l),
    };
  }
  if (kind === 1) {
    return {
      name,
      lines: [`rank: Thượng tá`, `name: ${name}`, `positions:`, `  - Phó Giám đốc Công an tỉnh ${province}`, `unit: Công an tỉnh ${province}`].map(
        (l) => pad + l,
      ),
    };
  }
  const cuc = CUC[(h >>> 4) % CUC.length];
  return { name, lines: [`rank: Thiếu tướng`, `name: ${name}`, `positions:`, `  - Cục trưởng ${cuc}`, `unit: ${cuc}`].map((l) => pad + l) };
}

function directive(r, n, issuers) {
  const words = `${r.pick(VERBS)} ${r.pick(TASKS)} ${r.pick(PLACES)} tỉnh ${r.pick(PROVINCES)}, bảo đảm an ninh, trật tự phục vụ phát triển kinh tế - xã hội (nội dung ${n + 1}).`;
  const topics = [r.pick(TOPICS)];
  const lines = [
    `  - text: >-`,
    ...wrap(words, 6),
    `    issued_by: ${r.pick(issuers)}`,
    `    addressees:`,
    `      - Công an các đơn vị, địa phương`,
    `    topics:`,
    ...topics.map((t) => `      - ${t}`),
  ];
  if (r.next() < 0.3) lines.push(`    deadline: 2023-12-31`);
  return lines;
}

function wrap(text, indent) {
  const out = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + w.length + 1 > 90 - indent) {
      out.push(' '.repeat(indent) + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(' '.repeat(indent) + line);
  return out;
}

function statistic(r, n, period) {
  const k = r.pick(STAT_KINDS);
  const value = k.decimal ? Math.round((k.lo + r.next() * (k.hi - k.lo)) * 100) / 100 : r.int(k.lo, k.hi);
  const lines = [
    `  - label: ${k.label} tại Công an tỉnh ${r.pick(PROVINCES)} (mục ${n + 1})`,
    `    value: ${value}`,
    `    unit: ${k.unit === '%' ? "'%'" : k.unit}`,
    `    period: { text: ${period.text}, start: ${period.start}, end: ${period.end} }`,
  ];
  if (!k.rate && r.next() < 0.5) {
    lines.push(`    comparisons:`, `      - { direction: ${r.pick(['tăng', 'giảm'])}, percent: ${r.int(1, 60)}.${r.int(10, 99)}, baseline: cùng kỳ năm 2022 }`);
  }
  if (!k.rate && !k.decimal && value >= 10 && r.next() < 0.4) {
    const a = Math.floor(value / 3);
    const b = Math.floor(value / 4);
    lines.push(`    breakdown:`, `      - { label: khu vực thành thị, value: ${a} }`, `      - { label: khu vực nông thôn, value: ${b} }`);
  }
  lines.push(`    topic: ${r.pick(TOPICS)}`);
  return lines;
}

/**
 * A valid record of about `targetLines` lines. Returns its text and the line (0-based) of a
 * key in the middle, for edits.
 */
export function makeRecord(seed, targetLines) {
  const r = rng(seed);
  const used = new Set();
  const m = r.int(1, 11);
  const period = month(m);
  const day = r.int(20, 27);
  const mm = String(m + 1).padStart(2, '0');
  const date = `2023-${mm}-${String(day).padStart(2, '0')}`;
  const published = `2023-${mm}-${String(day + 1).padStart(2, '0')}`;
  const chair = makeName(r, used, true);
  const head = [
    `# Hồ sơ sinh tự động cho đo hiệu năng — generated for the benchmarks (seed ${seed})`,
    `meeting:`,
    `  kind: hội nghị giao ban`,
    `  title: Hội nghị giao ban Công an ${period.text}`,
    `  date: ${date}`,
    `  date_as_written: Ngày ${day}-${m + 1}`,
    `  period:`,
    `    text: ${period.text}`,
    `    start: ${period.start}`,
    `    end: ${period.end}`,
    `  format: trực tuyến`,
    `  organizer: Bộ Công an`,
    ``,
    `chair:`,
    `  rank: Trung tướng`,
    `  name: ${chair}`,
    `  positions:`,
    `    - Thứ trưởng Bộ Công an`,
    `  unit: Bộ Công an`,
    ``,
  ];
  const tail = [``, `source:`, `  publisher: Báo Công an nhân dân`, `  published: ${published}`, `  author: Phóng viên`];
  // Fill the remaining lines: a fifth participants, two fifths each directives and statistics.
  const budget = Math.max(0, targetLines - head.length - tail.length - 5);
  const issuers = [chair];
  const partLines = ['participants:'];
  const dirLines = ['', 'directives:'];
  const statLines = ['', 'statistics:'];
  const addParticipant = () => {
    const p = person(r, used, 4);
    issuers.push(p.name);
    const [first, ...rest] = p.lines;
    partLines.push(`  - ${first.trimStart()}`, ...rest, `    role: ${r.pick(['phát biểu', 'báo cáo', 'tham dự'])}`);
  };
  let nd = 0;
  let ns = 0;
  addParticipant();
  dirLines.push(...directive(r, nd++, issuers));
  statLines.push(...statistic(r, ns++, period), ...statistic(r, ns++, period));
  while (partLines.length + dirLines.length + statLines.length < budget) {
    const total = partLines.length + dirLines.length + statLines.length;
    if (partLines.length / total < 0.2) addParticipant();
    else if (dirLines.length <= statLines.length) dirLines.push(...directive(r, nd++, issuers));
    else statLines.push(...statistic(r, ns++, period));
  }
  const lines = [...head, ...partLines, ...dirLines, ...statLines, ...tail];
  return lines.join('\n') + '\n';
}

/**
 * Errors planted in ordinary records, each at a known line. `schema` says whether a plain
 * JSON Schema validator sees it too (the others are domain rules).
 */
export const PLANTED = [
  { code: 'invalid-value', schema: true, apply: (lines) => replaceLine(lines, /^ {2}kind: /, '  kind: họp bao') },
  { code: 'wrong-type', schema: true, apply: (lines) => replaceLine(lines, /^ {4}value: /, '    value: nhiều') },
  { code: 'unknown-key', schema: true, apply: (lines) => replaceLine(lines, /^ {2}format: /, '  fromat: trực tuyến') },
  {
    code: 'thousands-separator',
    schema: false,
    apply: (lines) => replaceLine(lines, /^ {4}value: \d+$/, '    value: 1.457', (l) => /unit: (vụ|đối tượng|viên|khẩu|lượt)$/.test(l)),
  },
  { code: 'unknown-rank', schema: false, apply: (lines) => replaceLine(lines, /^ {2}rank: /, '  rank: Đại úy cấp cao') },
];

/** Replaces the first line matching `re` (and, when given, whose next line passes `near`); returns its 1-based number, or undefined when none matches. */
function replaceLine(lines, re, text, near) {
  for (let i = 0; i < lines.length; i++) {
    if (re.test(lines[i]) && (!near || near(lines[i + 1] ?? ''))) {
      lines[i] = text;
      return i + 1;
    }
  }
  return undefined;
}

/** The benchmark corpus: sized records and a folder of `count` ordinary records with a manifest. */
export function generate(outDir, { records = 2000, seed = 20231028 } = {}) {
  mkdirSync(outDir, { recursive: true });
  const sizes = {};
  for (const [name, lines] of [
    ['50', 50],
    ['500', 500],
    ['5000', 5000],
    ['50000', 50000],
  ]) {
    const text = makeRecord(seed + lines, lines);
    const file = `size-${name}.briefing.yaml`;
    writeFileSync(join(outDir, file), text);
    sizes[name] = { file, path: join(outDir, file), lines: text.split('\n').length - 1, bytes: Buffer.byteLength(text) };
  }
  const dir = join(outDir, 'records');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const manifest = [];
  const r = rng(seed);
  for (let i = 0; i < records; i++) {
    const text = makeRecord(seed * 7 + i, r.int(50, 150));
    const name = `${String(i).padStart(Math.max(4, String(records - 1).length), '0')}.briefing.yaml`;
    let out = text;
    // One record in ten carries one planted error.
    if (i % 10 === 3) {
      // The error due in turn, else the next kind the record has a place for.
      const lines = text.split('\n');
      for (let k = 0; k < PLANTED.length; k++) {
        const p = PLANTED[(Math.floor(i / 10) + k) % PLANTED.length];
        const line = p.apply(lines);
        if (line === undefined) continue;
        out = lines.join('\n');
        manifest.push({ file: name, line, code: p.code, schema: p.schema });
        break;
      }
    }
    writeFileSync(join(dir, name), out);
  }
  const portable = Object.fromEntries(Object.entries(sizes).map(([k, { path: _path, ...v }]) => [k, v]));
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify({ seed, records, planted: manifest, sizes: portable }, null, 2));
  return { sizes, dir, manifest };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const flag = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : dflt;
  };
  const out = args[0] && !args[0].startsWith('--') ? args[0] : join(import.meta.dirname ?? '.', 'out', 'corpus');
  const res = generate(out, { records: flag('--records', 2000), seed: flag('--seed', 20231028) });
  for (const [k, v] of Object.entries(res.sizes)) console.log(`size ${k}: ${v.lines} lines, ${v.bytes} bytes → ${v.path}`);
  console.log(`${res.manifest.length} planted errors in ${res.dir}`);
}
