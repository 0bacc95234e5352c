// `npm run bench`: generates the corpus, then measures the CLI, the language server and the
// scaling with document size, side by side with yaml-language-server and Ajv, in one run on one
// machine. Writes bench/out/results.json, bench/out/report.md and bench/out/scaling.svg.
//
//   node bench/run.mjs [--quick] [--only cli,lsp,scaling] [--docs] [--render]
//   --quick  fewer rounds (a smoke run, not for publishing)
//   --docs   also copy the chart to docs/scaling.svg
//   --render the report and chart again from bench/out/results.json, without measuring
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { generate } from './generate.mjs';
import { runCli } from './cli.mjs';
import { runLsp } from './lsp.mjs';
import { runScaling, growth } from './scaling.mjs';
import { runParseCoverage } from './parse-coverage.mjs';
import { runArchive } from './archive.mjs';
import { ciArchiveSection, runCiArchive } from './ci-archive.mjs';
import { logLogChart } from './chart.mjs';
import { fmt, fmtRatio, fmtSummary, machine, ratio, summary, table } from './lib/stats.mjs';

const REPO = join(import.meta.dirname, '..');
const OUT = join(REPO, 'bench', 'out');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.indexOf('--only');
const only = new Set(onlyArg >= 0 ? args[onlyArg + 1].split(',') : ['cli', 'lsp', 'scaling', 'parse', 'archive', 'ci-archive']);
const log = (m) => process.stderr.write(m + '\n');

const OURS = 'briefing';
const THEIRS = 'yaml-language-server';

/** --render: the report and chart again from bench/out/results.json, without measuring. */
function render() {
  const results = JSON.parse(readFileSync(join(OUT, 'results.json'), 'utf8'));
  const report = renderReport(results);
  writeFileSync(join(OUT, 'report.md'), report);
  process.stdout.write(report);
  writeFileSync(join(OUT, 'scaling.svg'), logLogChart(chartSpec(results)));
  if (args.includes('--docs')) copyFileSync(join(OUT, 'scaling.svg'), join(REPO, 'docs', 'scaling.svg'));
}

async function main() {
  if (args.includes('--render')) return render();
  mkdirSync(OUT, { recursive: true });
  const started = new Date();
  const env = { ...machine(), loadAverageBefore: machine().loadAverage, nodeStartMs: nodeStart(), nodeRssMb: nodeRss() };
  log(`machine: ${env.cpu}, ${env.cores} cores, ${env.memGiB} GiB, Node ${env.node}; load ${env.loadAverage}`);

  log('generating the corpus…');
  const corpus = join(OUT, 'corpus');
  const gen = generate(corpus, { records: 2000 });
  const results = { started: started.toISOString(), machine: env, command: `npm run bench${args.length ? ' -- ' + args.join(' ') : ''}` };

  if (only.has('cli')) {
    log('CLI…');
    results.cli = runCli({ repo: REPO, outDir: OUT, corpus, rounds: quick ? 2 : 5, log });
  }

  if (only.has('lsp')) {
    log('language servers…');
    const sizes = quick
      ? [
          { lines: 50, rounds: 2, repeat: 3 },
          { lines: 5000, rounds: 1, repeat: 3 },
          { lines: 60, rounds: 1, repeat: 3, defaults: true },
          { lines: 5000, rounds: 1, repeat: 3, crlf: true, defaults: true },
        ]
      : [
          { lines: 50, rounds: 5, repeat: 5 },
          { lines: 500, rounds: 3, repeat: 5 },
          { lines: 5000, rounds: 3, repeat: 5 },
          { lines: 50000, rounds: 1, repeat: 2 },
          // As users have it: default settings (briefing's adaptive 300 ms debounce), and the
          // large record saved with CRLF line ends.
          { lines: 60, rounds: 3, repeat: 5, defaults: true },
          { lines: 5000, rounds: 3, repeat: 5, crlf: true, defaults: true },
        ];
    results.lsp = await runLsp({ repo: REPO, outDir: OUT, sizes, log });
  }

  const engineBundle = join(OUT, 'engine.cjs');
  if (only.has('scaling') || only.has('archive')) {
    await build({ entryPoints: [join(REPO, 'bench', 'lib', 'engine-entry.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: engineBundle, logLevel: 'warning' });
  }
  if (only.has('scaling')) {
    log('scaling…');
    const files = Object.entries(gen.sizes).map(([, v]) => ({ lines: v.lines, path: v.path }));
    results.scaling = runScaling({ engineBundle, files, log });
  }

  if (only.has('parse')) {
    log('fast-path coverage…');
    const engineBundle = join(OUT, 'engine.cjs');
    await build({ entryPoints: [join(REPO, 'bench', 'lib', 'engine-entry.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: engineBundle, logLevel: 'warning' });
    results.parse = runParseCoverage({ engineBundle, records: quick ? 40 : 200, log });
  }

  if (only.has('ci-archive')) {
    log('archive (100,000 records)…');
    results.ciArchive = runCiArchive({ repo: REPO, outDir: OUT, corpus, records: quick ? 10_000 : 100_000, log });
  }

  if (only.has('archive')) {
    log('people index across records…');
    results.archive = runArchive({ engineBundle, sizes: quick ? [2000] : [2000, 20000], log });
  }

  results.machine.loadAverageAfter = machine().loadAverage;
  results.finished = new Date().toISOString();
  writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2));

  const report = renderReport(results);
  writeFileSync(join(OUT, 'report.md'), report);
  process.stdout.write(report);
  if (results.scaling || results.lsp) {
    const svg = logLogChart(chartSpec(results));
    writeFileSync(join(OUT, 'scaling.svg'), svg);
    if (args.includes('--docs')) copyFileSync(join(OUT, 'scaling.svg'), join(REPO, 'docs', 'scaling.svg'));
  }
}

/** The floor under every "spawn → …" time: starting Node with nothing to run (median of 7). */
function nodeStart() {
  const xs = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    xs.push(performance.now() - t);
  }
  return summary(xs).median;
}

/** The floor under every peak RSS: a Node process that has started and done nothing. */
function nodeRss() {
  const r = spawnSync(process.execPath, ['-e', 'try{const m=/VmHWM:\\s+(\\d+)/.exec(require("fs").readFileSync("/proc/self/status","utf8"));console.log(m?m[1]/1024:NaN)}catch{console.log(NaN)}'], { encoding: 'utf8' });
  return Number(r.stdout.trim());
}

// ---- report ----

function med(samples) {
  return summary(samples ?? []).median;
}

function renderReport(r) {
  nodeStartMs = r.machine.nodeStartMs;
  const out = [];
  const m = r.machine;
  out.push(`## Measured ${r.started.slice(0, 10)}`, '');
  out.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memGiB} GiB RAM, ${m.os}, Node ${m.node}; load average ${m.loadAverageBefore} before, ${m.loadAverageAfter} after; \`node -e 0\` takes ${fmt(m.nodeStartMs)} ms and peaks at ${fmt(m.nodeRssMb)} MB.`);
  out.push(`Command: \`${r.command}\`. Medians, (min–max) over all samples; ratio = briefing ÷ the other.`, '');
  if (r.lsp) out.push(...lspSection(r.lsp), '');
  if (r.cli) out.push(...cliSection(r.cli), '');
  if (r.scaling) out.push(...scalingSection(r.scaling, r.lsp), '');
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
  if (t.overNode !== undefined) return `≤ node -e 0 + ${t.overNode} ms (${fmt(nodeStartMs + t.overNode)}): ${ours <= nodeStartMs + t.overNode ? 'met' : 'missed'}`;
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
      rows.push([`${label} — ${what}`, fmtSummary(a, ' ' + unit), fmtSummary(b, ' ' + unit), fmtRatio(rt), verdict(target(key, Number(e.lines), !!e.defaults), a.median, rt)]);
    }
  }
  out.push(table(['measure', OURS, THEIRS, 'ratio', 'target'], rows), '');
  const checks = Object.entries(lsp).map(([size, e]) => `${size} lines: ${[OURS, THEIRS].map((s) => `${s} ${e.checks[s].known ? 'reported both planted schema errors' : 'MISSED the planted errors'}${e.checks[s].completions ? '' : ', returned no completion'}${e.checks[s].hover ? '' : ', returned no hover'}`).join('; ')}`);
  out.push('Checks (each server must report the two planted schema errors — an unknown `meeting.kind` and text where a statistic\'s number belongs — on every diagnostics update, and answer completion and hover):', '', ...checks.map((c) => `- ${c}`));
  return out;
}

function cliSection(cli) {
  const out = [`### CLI over ${cli.files.toLocaleString('en')} records (${cli.planted} with a planted error)`, ''];
  const base = med(cli.tools['yaml + ajv (one process)'].samples);
  const ajvCli = med(cli.tools['ajv-cli'].samples);
  const rows = Object.entries(cli.tools).map(([name, t]) => {
    const s = summary(t.samples);
    return [name, fmtSummary(s, ' ms'), fmtRatio(ratio(s.median, base)), fmtRatio(ratio(s.median, ajvCli)), `${t.verdict.correct ? 'correct' : 'wrong'}: ${t.verdict.note}`];
  });
  out.push(table(['tool', 'wall time', '÷ yaml + ajv', '÷ ajv-cli', 'result'], rows), '');
  const ours = med(cli.tools['briefing validate'].samples);
  const jsYaml = med(cli.tools['js-yaml + ajv (one process)'].samples);
  out.push(`Target: briefing (default threads) ≤ 1.0× the js-yaml + ajv script: ${ratio(ours, jsYaml) <= 1 ? 'met' : 'missed'} (${fmtRatio(ratio(ours, jsYaml))}; --jobs 1: ${fmtRatio(ratio(med(cli.tools['briefing validate --jobs 1'].samples), jsYaml))}). Earlier targets: ≤ 0.5× yaml + ajv ${ratio(ours, base) <= 0.5 ? 'met' : 'missed'} (${fmtRatio(ratio(ours, base))}); no slower than ajv-cli ${ours <= ajvCli ? 'met' : 'missed'} (${fmtRatio(ratio(ours, ajvCli))}). Wall times include starting Node.`);
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
  out.push(table(['records', 'appearances of the shared chair', 'index all (ms)', 'the record alone: parse + validate', 'edit a value: + re-index + cross-record checks', 'edit the chair\'s rank', 'overhead (value / rank)'], rows), '');
  out.push('Every record is chaired by the same person (the worst case for one timeline). An edit re-indexes the edited record only; the cross-record rules read the timelines of the people it names.');
  return out;
}

function scalingSection(scaling, lsp) {
  const out = ['### Scaling with document size (one process, warm; per operation)', ''];
  const lspAt = (lines, server) => {
    if (!lsp) return NaN;
    const e = Object.values(lsp).find((x) => !x.defaults && !x.crlf && Math.abs(x.lines - lines) / lines < 0.05);
    return e ? med(e.servers[server].change) : NaN;
  };
  const rows = scaling.map((s) => [s.lines.toLocaleString('en'), fmt(s.yamlParse.median), fmt(s.parse.median), fmt(s.check.median), fmt(s.complete.median), fmt(lspAt(s.lines, OURS)), fmt(lspAt(s.lines, THEIRS))]);
  out.push(table(['lines', '`yaml` parse (ms)', 'briefing parse (ms)', 'briefing parse + all rules (ms)', 'briefing completion (ms)', `LSP edit → diagnostics, ${OURS} (ms)`, `LSP edit → diagnostics, ${THEIRS} (ms)`], rows), '');
  const pts = (key) => scaling.map((s) => ({ x: s.lines, y: s[key].median }));
  const top = (key) => growth(pts(key).slice(-2));
  out.push(`Growth (slope of log time against log size; 1 = linear): parse + all rules ${growth(pts('check')).toFixed(2)} from 50 to 50,000 lines, ${top('check').toFixed(2)} from 5,000 to 50,000; parse ${top('parse').toFixed(2)}; completion ${top('complete').toFixed(2)}; \`yaml\` parse ${top('yamlParse').toFixed(2)}.`);
  return out;
}

function parseSection(parse) {
  const out = ['### Fast parse path on records as people write them', ''];
  const rows = parse.map((p) => [p.variant, `${p.hits}/${p.records}`, `${((100 * p.hits) / p.records).toFixed(0)}%`, fmt(p.fastMs), fmt(p.yamlMs), fmtRatio(ratio(p.fastMs, p.yamlMs))]);
  const hits = parse.reduce((a, p) => a + p.hits, 0);
  const total = parse.reduce((a, p) => a + p.records, 0);
  rows.push(['**all variants**', `${hits}/${total}`, `${((100 * hits) / total).toFixed(0)}%`, '', '', '']);
  out.push(table(['variant', 'fast path taken', 'hit rate', 'parse, fast path where taken (ms, all records)', '`yaml` parse only (ms)', 'ratio'], rows));
  return out;
}

function chartSpec(r) {
  const series = [];
  if (r.lsp) {
    for (const [server, dashed] of [
      [OURS, false],
      [THEIRS, true],
    ]) {
      series.push({ name: `${server}: edit → diagnostics (LSP)`, dashed, points: Object.values(r.lsp).filter((e) => !e.defaults && !e.crlf).map((e) => ({ x: e.lines, y: med(e.servers[server].change) })) });
    }
  }
  if (r.scaling) {
    series.push({ name: 'briefing engine: parse + all rules', points: r.scaling.map((s) => ({ x: s.lines, y: s.check.median })) });
    series.push({ name: 'yaml library: parseAllDocuments + toJS (reference)', dashed: true, points: r.scaling.map((s) => ({ x: s.lines, y: s.yamlParse.median })) });
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

await main();
