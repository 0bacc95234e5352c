// `--shard i/n` splits the records into stable, disjoint, balanced parts; the progress line
// appears on a terminal and never in a pipe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, runInProcess, tempDir } from '../helpers/cli';
import { BASE } from '../helpers/engine';
import { run } from '../../server/src/cli/run';
import { shardFiles } from '../../server/src/cli/shard';

function corpus(n: number): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) files[`r${i}.briefing.yaml`] = i % 5 === 0 ? BASE.replace('value: 1457', 'value: 1.457') : BASE;
  return tempDir(files);
}

const paths = (out: string) => (JSON.parse(out).files as { path: string }[]).map((f) => f.path);

test('--shard i/n: the shards are disjoint, cover every record, and are balanced', () => {
  const dir = corpus(30);
  const all = paths(runInProcess(['validate', '.', '--format', 'json'], dir).stdout);
  const shards = [1, 2, 3, 4].map((i) => paths(runInProcess(['validate', '.', '--format', 'json', '--shard', `${i}/4`], dir).stdout));
  assert.deepEqual(shards.flat().sort(), [...all].sort());
  assert.equal(new Set(shards.flat()).size, all.length);
  for (const s of shards) assert.ok(s.length === 7 || s.length === 8, `a shard of ${s.length}`);
  // Each shard keeps the order of a whole run.
  for (const s of shards)
    assert.deepEqual(
      s,
      all.filter((p) => s.includes(p)),
    );
});

test('--shard is stable: the same files split the same way whatever their order or folder', () => {
  const files = Array.from({ length: 50 }, (_, i) => `/a/records/r${i}.briefing.yaml`);
  const moved = files.map((f) => f.replace('/a/', '/elsewhere/'));
  const one = shardFiles(files, { index: 2, count: 3 }, '/a');
  assert.deepEqual(shardFiles([...files].reverse(), { index: 2, count: 3 }, '/a').sort(), [...one].sort());
  assert.deepEqual(
    shardFiles(moved, { index: 2, count: 3 }, '/elsewhere').map((f) => f.replace('/elsewhere/', '/a/')),
    one,
  );
  // Adding a record moves few others: most of shard 2 stays in shard 2.
  const more = shardFiles([...files, '/a/records/new.briefing.yaml'], { index: 2, count: 3 }, '/a');
  assert.ok(one.filter((f) => more.includes(f)).length >= one.length - 2);
});

test('--shard rejects what is not i/n with 1 ≤ i ≤ n', () => {
  const dir = corpus(2);
  for (const bad of ['0/2', '3/2', '1/0', 'a/b', '2']) {
    const r = runInProcess(['validate', '.', '--shard', bad], dir);
    assert.equal(r.code, 2, bad);
    assert.match(r.stderr, /--shard must be i\/n/);
  }
  // A shard with no record is a valid, empty run.
  const r = runInProcess(['validate', 'r1.briefing.yaml', '--shard', '1/2', '--locale', 'en'], dir);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /0 files checked/);
});

function runWithTty(dir: string, stderrIsTTY: boolean, jobs: string) {
  let stdout = '';
  let stderr = '';
  const code = run(['validate', '.', '--locale', 'en', '--jobs', jobs], {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    env: {},
    cwd: dir,
    isTTY: false,
    stderrIsTTY,
  });
  return { code, stdout, stderr };
}

test('a progress line on a terminal (files done / total, rate), erased at the end', () => {
  const dir = corpus(60);
  const r = runWithTty(dir, true, '1');
  assert.equal(r.code, 1);
  assert.match(r.stderr, /\r60\/60 files · \d+ files\/s\u001b\[K/);
  assert.ok(r.stderr.endsWith('\r\u001b[K'), 'the line is erased before the report');
  assert.doesNotMatch(r.stdout, /files\/s/);
});

test(
  "the progress line counts the worker threads' records too (built CLI in a pseudo-terminal)",
  { skip: !existsSync('/usr/bin/script') && 'no script(1) here' },
  () => {
    const dir = corpus(60);
    // script(1) gives the CLI a real terminal; stdout goes to a file so only stderr is on it.
    const r = spawnSync('/usr/bin/script', ['-qec', `${process.execPath} ${CLI} validate . --locale en --jobs 2 > out.txt`, '/dev/null'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.match(r.stdout, /\r60\/60 files · \d+ files\/s/);
    assert.doesNotMatch(readFileSync(join(dir, 'out.txt'), 'utf8'), /files\/s/);
  },
);

test('no progress line when stderr is not a terminal', () => {
  const r = runWithTty(corpus(60), false, '1');
  assert.equal(r.code, 1);
  assert.equal(r.stderr, '');
});
