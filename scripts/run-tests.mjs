// Runs the test suites with node's built-in runner (node:test) and TypeScript through tsx.
// Order: engine and CLI unit tests, then LSP tests against dist/server.js, then real-editor tests.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

function findTests(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findTests(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const args = process.argv.slice(2);
const suites = args.includes('--fuzz')
  ? [['fuzz', findTests('test/fuzz-long')]]
  : [
      ['unit', [...findTests('test/engine'), ...findTests('test/render'), ...findTests('test/cli'), ...findTests('test/fuzz'), ...findTests('test/lint')]],
      ['lsp', findTests('test/lsp')],
      ['e2e', findTests('test/e2e-runner')],
    ];

let failed = false;
for (const [name, files] of suites) {
  if (files.length === 0) continue;
  console.log(`\n# suite: ${name} (${files.length} files)`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...files], {
    stdio: 'inherit',
    env: { ...process.env, BRIEFING_FUZZ_ARGS: args.join(' ') },
  });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
