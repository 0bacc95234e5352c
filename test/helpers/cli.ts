// Running the built CLI (dist/cli.js) as a user would.
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './engine';
import { makeTempDir, writeFiles } from './temp';
import { run } from '../../server/src/cli/run';

export const CLI = join(ROOT, 'dist', 'cli.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...opts.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder (removed at exit), optionally with the samples and files (relative path → content). */
export function tempDir(files: Record<string, string> = {}, copySamples = false): string {
  const dir = makeTempDir('briefing-test');
  if (copySamples) cpSync(join(ROOT, 'samples'), dir, { recursive: true });
  writeFiles(dir, files);
  return dir;
}

/** The CLI run in-process (no build needed), with its output captured. */
export function runInProcess(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {}, cwd, isTTY: false });
  return { code, stdout, stderr };
}
