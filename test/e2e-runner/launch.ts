// Runs one of the real-editor launchers (test/e2e/run-*.mjs) from a node:test test. A launcher
// exits 2 when a prerequisite is missing: in CI that fails the test; elsewhere the test is
// skipped with the command that installs what is missing.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';

export const ROOT = join(__dirname, '..', '..');
export const INSTALL_HINT = 'sudo apt-get install -y --no-install-recommends chromium neovim libkrb5-dev pkg-config fonts-noto-mono && scripts/e2e-setup.sh';

export function inCI(): boolean {
  const ci = process.env.CI;
  return !!ci && ci !== 'false' && ci !== '0';
}

/** Runs `node test/e2e/<script> ...args`, echoing its output; resolves with the exit code and output. */
function run(script: string, args: string[], timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'test', 'e2e', script), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      process.stdout.write(text);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    // The launchers stop their own editors; this only ends a launcher that hangs.
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Checks the launcher's prerequisites, then runs it and expects exit code 0. */
export async function runLauncher(t: TestContext, script: string, args: string[], timeoutMs: number): Promise<void> {
  const check = await run(script, ['--check'], 30_000);
  if (check.code === 2) {
    const what = check.output.trim().split('\n')[0];
    if (inCI()) assert.fail(`${what}\nCI must install it: ${INSTALL_HINT}`);
    t.skip(`${what} — install with: ${INSTALL_HINT}`);
    return;
  }
  assert.equal(check.code, 0, `prerequisites check failed:\n${check.output}`);
  const r = await run(script, args, timeoutMs);
  assert.equal(r.code, 0, `${script} failed (exit ${r.code}); its output is above`);
}
