// `npm run bench`: generates the corpus, then measures the CLI, the language server and the
// scaling with document size, side by side with yaml-language-server and Ajv, in one run on one
// machine. Writes bench/out/results.json, bench/out/report.md and bench/out/scaling.svg.
//
//   node bench/run.mjs [--quick] [--only cli,phases,lsp,memory,scaling,parse,archive,ci-archive,draft] [--docs] [--render]
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
import { runScaling } from './scaling.mjs';
import { runParseCoverage } from './parse-coverage.mjs';
import { runPhases } from './phases.mjs';
import { runMemory } from './memory.mjs';
import { runArchive } from './archive.mjs';
import { runCiArchive } from './ci-archive.mjs';
import { logLogChart } from './chart.mjs';
import { chartSpec, renderReport } from './report.mjs';
import { machine, summary } from './lib/stats.mjs';

const REPO = join(import.meta.dirname, '..');
const OUT = join(REPO, 'bench', 'out');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.indexOf('--only');
const only = new Set(onlyArg >= 0 ? args[onlyArg + 1].split(',') : ['cli', 'phases', 'lsp', 'memory', 'scaling', 'parse', 'archive', 'ci-archive', 'draft']);
const log = (m) => process.stderr.write(m + '\n');

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

  if (only.has('memory')) {
    log('language server over a large workspace…');
    results.memory = await runMemory({ counts: quick ? [2000] : [2000, 10000], log });
  }

  const engineBundle = join(OUT, 'engine.cjs');
  if (only.has('scaling') || only.has('archive') || only.has('parse') || only.has('phases')) {
    await build({
      entryPoints: [join(REPO, 'bench', 'lib', 'engine-entry.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: engineBundle,
      logLevel: 'warning',
    });
  }
  if (only.has('scaling')) {
    log('scaling…');
    const files = Object.entries(gen.sizes).map(([, v]) => ({ lines: v.lines, path: v.path }));
    results.scaling = runScaling({ engineBundle, files, log });
  }

  if (only.has('phases')) {
    log('phases of a CLI run…');
    results.phases = runPhases({ engineBundle, repo: REPO, dir: join(corpus, 'records'), rounds: quick ? 2 : 5, log });
  }

  if (only.has('parse')) {
    log('fast-path coverage…');
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
  // The drafter's speed on the seed articles: its own report (bench/draft.ts).
  if (only.has('draft')) spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'bench', 'draft.ts')], { cwd: REPO, stdio: 'inherit' });
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
  const r = spawnSync(
    process.execPath,
    ['-e', 'try{const m=/VmHWM:\\s+(\\d+)/.exec(require("fs").readFileSync("/proc/self/status","utf8"));console.log(m?m[1]/1024:NaN)}catch{console.log(NaN)}'],
    { encoding: 'utf8' },
  );
  return Number(r.stdout.trim());
}

// ---- report ----

await main();
