// A whole archive in one run: the 2,000 generated records copied into folders up to 100,000
// records (the planted errors with them), validated by `briefing validate` as CI would run it —
// default threads with --cache, twice: the first run validates everything and fills the
// cache, the second finds nothing changed. Wall time and the process's peak RSS (all threads) for each run; the report
// is checked: every record listed, every planted error found at its line.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fmt, table } from './lib/stats.mjs';

function prepare(corpus, dir, records) {
  const source = join(corpus, 'records');
  const names = readdirSync(source)
    .filter((f) => f.endsWith('.briefing.yaml'))
    .sort();
  const folders = Math.ceil(records / names.length);
  const marker = join(dir, `.complete-${records}`);
  if (existsSync(marker)) return { folders, perFolder: names.length };
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < folders; i++) {
    const to = join(dir, `part-${String(i).padStart(3, '0')}`);
    mkdirSync(to, { recursive: true });
    for (const n of names.slice(0, Math.min(names.length, records - i * names.length))) cpSync(join(source, n), join(to, n));
  }
  mkdirSync(marker);
  return { folders, perFolder: names.length };
}

export function runCiArchive({ repo, outDir, corpus, records, log = () => undefined }) {
  const dir = join(outDir, 'archive');
  prepare(corpus, dir, records);
  const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'));
  const report = join(outDir, 'archive-report.json');
  const rssFile = join(outDir, 'archive-maxrss.txt');
  const cacheFile = join(outDir, 'archive.briefingcache');
  rmSync(cacheFile, { force: true });
  const base = [
    process.execPath,
    '--import',
    pathToFileURL(join(repo, 'bench', 'lib', 'maxrss.mjs')).href,
    join(repo, 'dist', 'cli.js'),
    'validate',
    dir,
    '--format',
    'json',
    '--output',
    report,
  ];
  const runs = [];
  // The first run validates everything (and fills the cache: its RSS bounds a plain run's).
  for (const [name, extra] of [
    ['briefing validate --cache (default threads, empty cache)', ['--cache-location', cacheFile]],
    ['briefing validate --cache (nothing changed)', ['--cache-location', cacheFile]],
  ]) {
    rmSync(report, { force: true });
    const t0 = performance.now();
    const r = spawnSync(base[0], [...base.slice(1), ...extra], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, BENCH_MAXRSS_FILE: rssFile },
      maxBuffer: 64 * 2 ** 20,
    });
    const ms = performance.now() - t0;
    if (r.error) throw r.error;
    const out = JSON.parse(readFileSync(report, 'utf8'));
    const byPath = new Map(out.files.map((f) => [f.path, f.diagnostics]));
    let found = 0;
    let expected = 0;
    for (const p of manifest.planted) {
      for (const f of out.files) {
        if (!f.path.endsWith('/' + p.file)) continue;
        expected++;
        if ((byPath.get(f.path) ?? []).some((d) => d.rule === p.code && d.line === p.line)) found++;
      }
    }
    const withFindings = out.files.filter((f) => f.diagnostics.length).length;
    const note = `${out.files.length.toLocaleString('en')} records listed; ${found}/${expected} planted errors found at their line; ${withFindings} records with findings; exit ${r.status}`;
    runs.push({ name, ms, maxRssMb: Number(readFileSync(rssFile, 'utf8')), note });
    log(`  archive: ${name}: ${(ms / 1000).toFixed(1)} s, ${runs.at(-1).maxRssMb.toFixed(0)} MB — ${note}`);
  }
  return { records, runs };
}

export function ciArchiveSection(a) {
  const out = [`### An archive of ${a.records.toLocaleString('en')} records in one run`, ''];
  const rows = a.runs.map((x) => [
    x.name,
    `${fmt(x.ms / 1000)} s`,
    `${Math.round(a.records / (x.ms / 1000)).toLocaleString('en')} records/s`,
    `${fmt(x.maxRssMb)} MB`,
    x.note,
  ]);
  out.push(table(['run', 'wall time', 'rate', 'peak RSS (process, all threads)', 'result'], rows), '');
  out.push(`Target: peak RSS below 400 MB: ${a.runs.every((x) => x.maxRssMb < 400) ? 'met' : 'missed'}.`);
  return out;
}
