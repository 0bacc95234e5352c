#!/usr/bin/env node
// Runs the server in a second real LSP client: headless Neovim (test/e2e/nvim/lsp-client.lua)
// starts `node dist/server.js --stdio`, opens a broken record, checks diagnostics and completion.
//
//   node test/e2e/run-neovim.mjs [--keep] [--check]
//
// Exit code: 0 passed, 1 failed, 2 a prerequisite is missing (nvim, dist/server.js).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { E2E, INSTALL_HINT, SERVER_JS, missingPrerequisites } from './lib/env.mjs';
import { makeTempRoot } from './lib/processes.mjs';
import { makeWorkspace } from './lib/workspace.mjs';

const { values: opts } = parseArgs({ options: { keep: { type: 'boolean' }, check: { type: 'boolean' } } });
const missing = missingPrerequisites('neovim');
if (!existsSync(SERVER_JS)) missing.push(`${SERVER_JS} (npm run build)`);
if (missing.length) {
  console.error(`e2e: missing ${missing.join(', ')}\ninstall with: ${INSTALL_HINT}`);
  process.exit(2);
}
if (opts.check) process.exit(0);

const t0 = Date.now();
const tmp = makeTempRoot('briefing-e2e-nvim');
const ws = makeWorkspace(join(tmp.dir, 'ws'));
const r = spawnSync('timeout', ['60', 'nvim', '--headless', '--clean', '-c', `luafile ${join(E2E, 'nvim', 'lsp-client.lua')}`], {
  cwd: ws,
  env: { ...tmp.env, BRIEFING_SERVER: SERVER_JS, BRIEFING_WS: ws, BRIEFING_RECORD: join(ws, 'broken', 'giao-ban-loi.briefing.yaml') },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const code = r.status === 0 ? 0 : 1;
console.log(`e2e: neovim exit ${r.status ?? r.signal}${r.status === 124 ? ' (timed out)' : ''} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
if (opts.keep || code !== 0) console.log(`e2e: kept ${tmp.dir}`);
else tmp.remove();
process.exit(code);
