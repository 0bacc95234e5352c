// The README's CI recipes (docs/ci/*), run as far as they can be here: the GitHub Actions and
// GitLab CI jobs' commands against a records folder, and the pre-commit hook in a real git
// repository with real commits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CLI, tempDir } from '../helpers/cli';
import { BASE, ROOT } from '../helpers/engine';

const recipe = (name: string) => readFileSync(join(ROOT, 'docs', 'ci', name), 'utf8');
const broken = BASE.replace('value: 1457', 'value: 1.457');

/** A folder with a `briefing` command (the built CLI) to put first on PATH. */
function briefingOnPath(): NodeJS.ProcessEnv {
  const bin = tempDir();
  writeFileSync(join(bin, 'briefing'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  chmodSync(join(bin, 'briefing'), 0o755);
  return { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1', FORCE_COLOR: undefined, GIT_CONFIG_NOSYSTEM: '1', HOME: bin };
}

const sh = (script: string, cwd: string, env: NodeJS.ProcessEnv) => spawnSync('sh', ['-c', script], { cwd, env, encoding: 'utf8' });

test('the README shows each CI recipe as it is kept in docs/ci/', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const name of ['github-actions.yml', 'gitlab-ci.yml', 'pre-commit']) assert.ok(readme.includes(recipe(name)), name);
});

test('GitHub Actions: the job validates, annotates and uploads the SARIF file it wrote', () => {
  const job = parse(recipe('github-actions.yml')).jobs.validate;
  const workflow = parse(recipe('github-actions.yml'));
  assert.equal(workflow.permissions['security-events'], 'write');
  const steps = job.steps as { name?: string; run?: string; uses?: string; if?: string; with?: Record<string, string> }[];
  const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
  assert.equal(upload.if, 'always()');
  const dir = tempDir({ 'records/a.briefing.yaml': broken, 'records/b.briefing.yaml': BASE });
  const env = briefingOnPath();
  const runs = steps.filter((s) => s.run?.startsWith('briefing '));
  assert.equal(runs.length, 2);
  const validate = sh(runs[0].run!, dir, env);
  assert.equal(validate.status, 1, validate.stderr);
  const sarif = JSON.parse(readFileSync(join(dir, upload.with!.sarif_file), 'utf8'));
  assert.equal(sarif.version, '2.1.0');
  assert.deepEqual(
    sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId),
    ['thousands-separator'],
  );
  const annotate = sh(runs[1].run!, dir, env);
  assert.match(annotate.stdout, /^::error file=records\/a\.briefing\.yaml,line=17,/m);
  assert.equal(annotate.status, 1);
});

test('GitLab CI: the script fails on errors, prints them, and keeps the SARIF artifact', () => {
  const job = parse(recipe('gitlab-ci.yml')).briefing;
  const env = briefingOnPath();
  for (const [records, status] of [
    [{ 'records/a.briefing.yaml': broken }, 1],
    [{ 'records/a.briefing.yaml': BASE }, 0],
  ] as const) {
    const dir = tempDir(records);
    const r = sh((job.script as string[]).join('\n'), dir, env);
    assert.equal(r.status, status, r.stderr);
    assert.ok(existsSync(join(dir, job.artifacts.paths[0])));
    if (status) assert.match(r.stdout, /17:12 +lỗi +1\.457 vụ/);
  }
});

test('pre-commit hook: a real git commit is refused for a staged record with errors, in its own project', () => {
  const repo = tempDir();
  const env = briefingOnPath();
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', ...args], { cwd: repo, env, encoding: 'utf8' });
  assert.equal(git('init', '-q').status, 0);
  mkdirSync(join(repo, '.git', 'hooks'), { recursive: true });
  copyFileSync(join(ROOT, 'docs', 'ci', 'pre-commit'), join(repo, '.git', 'hooks', 'pre-commit'));
  chmodSync(join(repo, '.git', 'hooks', 'pre-commit'), 0o755);

  // A Vietnamese file name, in a sub-project whose configuration turns the rule off.
  mkdirSync(join(repo, 'hồ sơ', '.briefing'), { recursive: true });
  writeFileSync(join(repo, 'hồ sơ', 'giao ban.briefing.yaml'), broken);
  git('add', '.');
  let r = git('commit', '-q', '-m', 'broken');
  assert.notEqual(r.status, 0, 'the commit is refused');
  assert.match(r.stdout + r.stderr, /1\.457/);
  assert.notEqual(git('rev-parse', '--verify', 'HEAD').status, 0, 'nothing was committed');

  writeFileSync(join(repo, 'hồ sơ', '.briefing', 'config.yaml'), 'rules: { thousands-separator: off }\n');
  git('add', '.');
  r = git('commit', '-q', '-m', 'configured');
  assert.equal(r.status, 0, r.stdout + r.stderr);

  // The staged text is validated, not the working copy.
  writeFileSync(join(repo, 'ok.briefing.yaml'), BASE);
  git('add', 'ok.briefing.yaml');
  writeFileSync(join(repo, 'ok.briefing.yaml'), broken);
  r = git('commit', '-q', '-m', 'staged copy is fine');
  assert.equal(r.status, 0, r.stdout + r.stderr);
  git('add', 'ok.briefing.yaml');
  r = git('commit', '-q', '-m', 'now it is not');
  assert.notEqual(r.status, 0);
});
