// The Markdown report of a bench run (docs/performance.md's section) and the scaling chart's data.
import { growth } from './scaling.mjs';
import { ciArchiveSection } from './ci-archive.mjs';
import { fmt, fmtRatio, fmtSummary, ratio, summary, table } from './lib/stats.mjs';

const OURS = 'briefing';
const THEIRS = 'yaml-language-server';

function med(samples) {
  return summary(samples ?? []).median;
}

export function renderReport(r) {
  nodeStartMs = r.machine.nodeStartMs;
  const out = [];
  const m = r.machine;
  out.push(`## Measured ${r.started.slice(0, 10)}`, '');
  out.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memGiB} GiB RAM, ${m.os}, Node ${m.node}; load average ${m.loadAverageBefore} before, ${m.loadAverageAfter} after; \`node -e 0\` takes ${fmt(m.nodeStartMs)} ms and peaks at ${fmt(m.nodeRssMb)} MB.`,
  );
  out.push(`Command: \`${r.command}\`. Medians, (min–max) over all samples; ratio = briefing ÷ the other.`, '');
  if (r.lsp) out.push(...lspSection(r.lsp), '');
  if (r.cli) out.push(...cliSection(r.cli), '');
  if (r.scaling) out.push(...scalingSection(r.scaling, r.lsp), '');
  if (r.phases) out.push(...phasesSection(r.phases), '');
  if (r.memory) out.push(...memorySection(r.memory), '');
  if (r.parse) out.push(...parseSection(r.parse), '');
  if (r.archive) out.push(...archiveSection(r.archive), '');
  if (r.ciArchive) out.push(...ciArchiveSection(r.ciArchive), '');
  return out.join('\n') + '\n';
}

const LSP_METRICS = [
  ['initialize', 'initialize (spawn → result)', 'ms'],
  ['open', 'didOpen → first diagnostics', 'ms'],
  ['changeFirst', 'first edit after open → diagnostics (cold)', 'ms'],
  ['change', 'one-character edit → diagnostics (after 6 edits)', 'ms'],
  ['completeRank', 'completion at a `rank:` value', 'ms'],
  ['completeKey', 'completion at a new key', 'ms'],
  ['hover', 'hover on a key', 'ms'],
  ['peakRss', 'peak RSS of the server', 'MB'],
];

/** The targets: [metric, size, kind, bound]; `defaults` rows have their own. */
function target(metric, lines, defaults = false) {
  const small = lines <= 150;
  const large = lines >= 4500 && lines < 45000;
  if (defaults) {
    if (metric === 'change' && small) return { absolute: 20 };
    if (metric === 'change' && large) return { ratio: 0.25 };
    if (metric === 'initialize') return { overNode: 40 };
    return undefined;
  }
  if (metric === 'initialize') return { overNode: 40 };
  if (metric === 'peakRss' && (small || large)) return { ratio: 0.5 };
  if (metric === 'change' && small) return { absolute: 10 };
  if ((metric === 'completeRank' || metric === 'completeKey') && small) return { absolute: 5 };
  if (metric === 'change' && large) return { ratio: 0.25 };
  if ((metric === 'completeRank' || metric === 'completeKey' || metric === 'hover') && large) return { ratio: 0.1 };
  return undefined;
}

let nodeStartMs = NaN;

function verdict(t, ours, rt) {
  if (!t) return '';
  if (t.overNode !== undefined)
    return `≤ node -e 0 + ${t.overNode} ms (${fmt(nodeStartMs + t.overNode)}): ${ours <= nodeStartMs + t.overNode ? 'met' : 'missed'}`;
  if (t.absolute !== undefined) return `< ${t.absolute} ms: ${ours < t.absolute ? 'met' : 'missed'}`;
  return `≤ ${t.ratio}×: ${rt <= t.ratio ? 'met' : 'missed'}`;
}

function lspSection(lsp) {
  const out = ['### Language server (stdio, interleaved runs; debounce 0 for briefing unless "default settings")', ''];
  const rows = [];
  for (const e of Object.values(lsp)) {
    const what = `${Number(e.lines).toLocaleString('en')} lines${e.crlf ? ', CRLF' : ''}${e.defaults ? ', default settings' : ''}`;
    for (const [key, label, unit] of LSP_METRICS) {
      const a = summary(e.servers[OURS][key]);
      const b = summary(e.servers[THEIRS][key]);
      const rt = ratio(a.median, b.median);
      rows.push([
        `${label} — ${what}`,
        fmtSummary(a, ' ' + unit),
        fmtSummary(b, ' ' + unit),
        fmtRatio(rt),
        verdict(target(key, Number(e.lines), !!e.defaults), a.median, rt),
      ]);
    }
  }
  out.push(table(['measure', OURS, THEIRS, 'ratio', 'target'], rows), '');
  const checks = Object.entries(lsp).map(
    ([size, e]) =>
      `${size} lines: ${[OURS, THEIRS].map((s) => `${s} ${e.checks[s].known ? 'reported both planted schema errors' : 'MISSED the planted errors'}${e.checks[s].completions ? '' : ', returned no completion'}${e.checks[s].hover ? '' : ', returned no hover'}`).join('; ')}`,
  );
  out.push(
    "Checks (each server must report the two planted schema errors — an unknown `meeting.kind` and text where a statistic's number belongs — on every diagnostics update, and answer completion and hover):",
    '',
    ...checks.map((c) => `- ${c}`),
  );
  return out;
}

function cliSection(cli) {
  const out = [`### CLI over ${cli.files.toLocaleString('en')} records (${cli.planted} with a planted error)`, ''];
  const base = med(cli.tools['yaml + ajv (one process)'].samples);
  const ajvCli = med(cli.tools['ajv-cli'].samples);
  const rows = Object.entries(cli.tools).map(([name, t]) => {
    const s = summary(t.samples);
    return [
      name,
      fmtSummary(s, ' ms'),
      fmtRatio(ratio(s.median, base)),
      fmtRatio(ratio(s.median, ajvCli)),
      `${t.verdict.correct ? 'correct' : 'wrong'}: ${t.verdict.note}`,
    ];
  });
  out.push(table(['tool', 'wall time', '÷ yaml + ajv', '÷ ajv-cli', 'result'], rows), '');
  const ours = med(cli.tools['briefing validate'].samples);
  const jsYaml = med(cli.tools['js-yaml (core schema) + ajv (one process)'].samples);
  out.push(
    `Target: briefing (default threads) ≤ 1.0× the js-yaml (core schema) + ajv script: ${ratio(ours, jsYaml) <= 1 ? 'met' : 'missed'} (${fmtRatio(ratio(ours, jsYaml))}; --jobs 1: ${fmtRatio(ratio(med(cli.tools['briefing validate --jobs 1'].samples), jsYaml))}). A re-run with \`--cache\` where nothing changed: ${fmtRatio(ratio(med(cli.tools['briefing validate --cache (nothing changed)']?.samples ?? [NaN]), jsYaml))}. Earlier targets: ≤ 0.5× yaml + ajv ${ratio(ours, base) <= 0.5 ? 'met' : 'missed'} (${fmtRatio(ratio(ours, base))}); no slower than ajv-cli ${ours <= ajvCli ? 'met' : 'missed'} (${fmtRatio(ratio(ours, ajvCli))}). Wall times include starting Node.`,
  );
  return out;
}

function archiveSection(archive) {
  const out = ['### One edit with the archive in the workspace (engine, warm; people index across records)', ''];
  const rows = archive.map((a) => [
    a.records.toLocaleString('en'),
    a.appearances.toLocaleString('en'),
    fmt(a.indexMs),
    fmtSummary(a.single, ' ms'),
    fmtSummary(a.value, ' ms'),
    fmtSummary(a.rank, ' ms'),
    `${fmt(a.value.median - a.single.median)} / ${fmt(a.rank.median - a.single.median)} ms`,
  ]);
  out.push(
    table(
      [
        'records',
        'appearances of the shared chair',
        'index all (ms)',
        'the record alone: parse + validate',
        'edit a value: + re-index + cross-record checks',
        "edit the chair's rank",
        'overhead (value / rank)',
      ],
      rows,
    ),
    '',
  );
  out.push(
    'Every record is chaired by the same person (the worst case for one timeline). An edit re-indexes the edited record only; the cross-record rules read the timelines of the people it names.',
  );
  return out;
}

function scalingSection(scaling, lsp) {
  const out = ['### Scaling with document size (one process, warm; per operation)', ''];
  const lspAt = (lines, server) => {
    if (!lsp) return NaN;
    const e = Object.values(lsp).find((x) => !x.defaults && !x.crlf && Math.abs(x.lines - lines) / lines < 0.05);
    return e ? med(e.servers[server].change) : NaN;
  };
  const rows = scaling.map((s) => [
    s.lines.toLocaleString('en'),
    fmt(s.yamlParse.median),
    fmt(s.parse.median),
    fmt(s.check.median),
    fmt(s.complete.median),
    fmt(lspAt(s.lines, OURS)),
    fmt(lspAt(s.lines, THEIRS)),
  ]);
  out.push(
    table(
      [
        'lines',
        '`yaml` parse (ms)',
        'briefing parse (ms)',
        'briefing parse + all rules (ms)',
        'briefing completion (ms)',
        `LSP edit → diagnostics, ${OURS} (ms)`,
        `LSP edit → diagnostics, ${THEIRS} (ms)`,
      ],
      rows,
    ),
    '',
  );
  const pts = (key) => scaling.map((s) => ({ x: s.lines, y: s[key].median }));
  const top = (key) => growth(pts(key).slice(-2));
  out.push(
    `Growth (slope of log time against log size; 1 = linear): parse + all rules ${growth(pts('check')).toFixed(2)} from 50 to 50,000 lines, ${top('check').toFixed(2)} from 5,000 to 50,000; parse ${top('parse').toFixed(2)}; completion ${top('complete').toFixed(2)}; \`yaml\` parse ${top('yamlParse').toFixed(2)}.`,
  );
  return out;
}

function memorySection(rows) {
  return [
    '### The language server over a large workspace (every closed record scanned and validated)',
    '',
    table(
      ['closed records', 'workspace validated in', 'live heap after a collection', 'RSS then', 'peak RSS', 'per 1,000 closed records: heap / RSS'],
      rows.map((m) => [
        m.records.toLocaleString('en-US'),
        `${m.seconds.toFixed(1)} s`,
        `${fmt(m.heapMb)} MB`,
        `${fmt(m.rssMb)} MB`,
        `${fmt(m.peakRssMb)} MB`,
        m.records ? `${m.heapPer1000.toFixed(1)} / ${m.rssPer1000.toFixed(1)} MB` : '(empty workspace)',
      ]),
    ),
  ];
}

function phasesSection(p) {
  const base = p.baseline.median;
  const row = (name, s, what) => [name, fmtSummary(s), fmtRatio(ratio(s.median, base)), what];
  const ours = p.parse.median + p.index.median + p.allRules.median;
  return [
    `### Where a CLI run's time goes (${p.records} records, one warm process, no start-up or reading)`,
    '',
    table(
      ['phase', 'ms', '÷ js-yaml + Ajv', 'what it does'],
      [
        row('js-yaml (core schema) + Ajv', p.baseline, 'the baseline: values without positions, the schema'),
        row('js-yaml (core schema) alone', p.baselineParse, ''),
        row('briefing parse', p.parse, 'the tree with positions and the values (fast path)'),
        row('people index', p.index, "every record's people, for the cross-record rules"),
        row('validate, schema only (rules off)', p.schemaOnly, 'Ajv, the one-cause filter, suppressions, sorting'),
        row('validate, all rules', p.allRules, `the schema and all ${p.rules} rules`),
        [
          '**parse + index + all rules**',
          fmt(ours),
          fmtRatio(ratio(ours, base)),
          'the floor of a one-thread run before start-up, reading and garbage collection',
        ],
      ],
    ),
  ];
}

function parseSection(parse) {
  const out = ['### Fast parse path on records as people write them', ''];
  const rows = parse.map((p) => [
    p.variant,
    `${p.hits}/${p.records}`,
    `${((100 * p.hits) / p.records).toFixed(0)}%`,
    fmt(p.fastMs),
    fmt(p.yamlMs),
    fmtRatio(ratio(p.fastMs, p.yamlMs)),
  ]);
  const hits = parse.reduce((a, p) => a + p.hits, 0);
  const total = parse.reduce((a, p) => a + p.records, 0);
  rows.push(['**all variants**', `${hits}/${total}`, `${((100 * hits) / total).toFixed(0)}%`, '', '', '']);
  out.push(table(['variant', 'fast path taken', 'hit rate', 'parse, fast path where taken (ms, all records)', '`yaml` parse only (ms)', 'ratio'], rows));
  return out;
}

export function chartSpec(r) {
  const series = [];
  if (r.lsp) {
    for (const [server, dashed] of [
      [OURS, false],
      [THEIRS, true],
    ]) {
      series.push({
        name: `${server}: edit → diagnostics (LSP)`,
        dashed,
        points: Object.values(r.lsp)
          .filter((e) => !e.defaults && !e.crlf)
          .map((e) => ({ x: e.lines, y: med(e.servers[server].change) })),
      });
    }
  }
  if (r.scaling) {
    series.push({ name: 'briefing engine: parse + all rules', points: r.scaling.map((s) => ({ x: s.lines, y: s.check.median })) });
    series.push({
      name: 'yaml library: parseAllDocuments + toJS (reference)',
      dashed: true,
      points: r.scaling.map((s) => ({ x: s.lines, y: s.yamlParse.median })),
    });
    series.push({ name: 'briefing engine: completion', points: r.scaling.map((s) => ({ x: s.lines, y: s.complete.median })) });
  }
  return {
    title: 'Time against document size (log–log)',
    subtitle: `${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}, ${r.started.slice(0, 10)}`,
    xLabel: 'record size (lines)',
    yLabel: 'median time',
    series,
  };
}
