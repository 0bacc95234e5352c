// `briefing validate --jobs N`: worker threads must change nothing but the time taken — the
// same report, in the same order, the same messages and exit code as one thread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { cli, tempDir } from '../helpers/cli';
import { BASE, ROOT } from '../helpers/engine';
import { jobsFor } from '../../server/src/cli/parallel';

/** Two workspaces (one with a broken catalog), records valid and broken, 160 files in all. */
function corpus(): string {
  const files: Record<string, string> = {};
  const samples = join(ROOT, 'samples');
  const texts = readdirSync(samples)
    .filter((f) => f.endsWith('.briefing.yaml'))
    .map((f) => readFileSync(join(samples, f), 'utf8'));
  const invalid = readdirSync(join(samples, 'invalid')).map((f) => readFileSync(join(samples, 'invalid', f), 'utf8'));
  files['a/.briefing/people.yaml'] = readFileSync(join(samples, '.briefing', 'people.yaml'), 'utf8');
  files['b/.briefing/catalog.yaml'] = 'ranks: [not, a, catalog]\n';
  for (let i = 0; i < 120; i++) files[`a/r${String(i).padStart(3, '0')}.briefing.yaml`] = i % 3 === 0 ? invalid[i % invalid.length] : texts[i % texts.length];
  for (let i = 0; i < 40; i++) files[`b/s${String(i).padStart(3, '0')}.briefing.yaml`] = i % 4 === 0 ? BASE.replace('value: 1457', 'value: 1.457') : BASE;
  return tempDir(files);
}

const withoutTime = (s: string) => s.replace(/"elapsedMs":\s*\d+(\.\d+)?/, '"elapsedMs":0').replace(/\(\d+\.\d\d s\)/, '(0 s)');

test('--jobs 4 gives the very report of --jobs 1, in every format', () => {
  const dir = corpus();
  for (const format of ['json', 'stylish', 'sarif']) {
    const one = cli(['validate', '.', '--format', format, '--jobs', '1'], { cwd: dir });
    const four = cli(['validate', '.', '--format', format, '--jobs', '4'], { cwd: dir });
    assert.equal(four.code, one.code);
    assert.equal(withoutTime(four.stdout), withoutTime(one.stdout), format);
    assert.equal(four.stderr, one.stderr);
  }
  const report = JSON.parse(cli(['validate', '.', '--format', 'json', '--jobs', '3'], { cwd: dir }).stdout) as { files: { path: string }[] };
  // The broken workspace catalog is reported once, before that workspace's records.
  const catalog = report.files.findIndex((f) => f.path.endsWith('catalog.yaml'));
  assert.ok(catalog >= 0);
  assert.equal(report.files.filter((f) => f.path.endsWith('catalog.yaml')).length, 1);
  assert.ok(report.files.slice(catalog + 1).every((f) => f.path.startsWith('b')));
});

test('the number of threads: one per idle core for large runs, one for whole archives, never more than the batches', () => {
  const cores = availableParallelism();
  assert.equal(jobsFor(10, undefined, 0), 1);
  assert.equal(jobsFor(2_000, undefined, 0), 1);
  assert.equal(jobsFor(10_000, undefined, 0), Math.min(cores, 4));
  assert.equal(jobsFor(10_000, undefined, cores), 1); // every core busy elsewhere
  assert.equal(jobsFor(100_000, undefined, 0), 1); // every thread would hold the whole people index
  assert.equal(jobsFor(100_000, 2), 2); // asked for
  assert.equal(jobsFor(10, 8), 1); // 10 files are one batch
  assert.equal(jobsFor(60, 8), 3);
});

test('a shard checked on several threads sees the whole archive, as on one', () => {
  const dir = corpus();
  for (const shard of ['1/3', '3/3']) {
    const one = cli(['validate', 'a', '--format', 'json', '--shard', shard, '--jobs', '1'], { cwd: dir });
    const three = cli(['validate', 'a', '--format', 'json', '--shard', shard, '--jobs', '3'], { cwd: dir });
    assert.equal(three.code, one.code);
    assert.equal(withoutTime(three.stdout), withoutTime(one.stdout), shard);
    // The cross-record checks of this shard's records see the records of the other shards.
    const rules = new Set((JSON.parse(one.stdout) as { files: { diagnostics: { rule: string }[] }[] }).files.flatMap((f) => f.diagnostics.map((d) => d.rule)));
    assert.ok(rules.has('rank-out-of-order') || rules.has('rank-contradicts-registry') || rules.has('promotion-too-fast'), [...rules].join(', '));
  }
});

test("records named on the command line are checked against their project's whole archive on any number of threads", () => {
  const dir = corpus();
  // Only the first 60 records of project a are named; the other 60 are its archive.
  const named = Array.from({ length: 60 }, (_, i) => `a/r${String(i).padStart(3, '0')}.briefing.yaml`);
  const one = cli(['validate', ...named, '--format', 'json', '--jobs', '1'], { cwd: dir });
  const two = cli(['validate', ...named, '--format', 'json', '--jobs', '2'], { cwd: dir });
  assert.equal(two.code, one.code);
  assert.equal(withoutTime(two.stdout), withoutTime(one.stdout));
  assert.equal((JSON.parse(one.stdout) as { files: unknown[] }).files.length, 60);
});
