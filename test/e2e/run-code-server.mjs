#!/usr/bin/env node
// Runs the extension-host suite (test/e2e/suite) in a real VS Code: the VS Code server and
// workbench bundled in code-server (pinned, from the cache folder of scripts/e2e-setup.sh),
// opened in headless Debian chromium. The extension is loaded as the development extension
// straight from the repository (dist/extension.js must be built); the tests' exit code comes
// back through the workbench's smoke-test driver (codeAutomationExit).
//
//   node test/e2e/run-code-server.mjs [--extension DIR] [--keep] [--check]
//
// --check only reports missing prerequisites (exit 2) and exits 0 when all are there.
//
// Exit code: 0 all passed, 1 a test failed or the run broke, 2 a prerequisite is missing.
// BRIEFING_E2E_GREP=regex runs only the suite files whose name matches.
import { createWriteStream, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.mjs';
import { EXTENSION_JS, INSTALL_HINT, NODE24, ROOT, SUITE_INDEX, VSCODE_SERVER_MAIN, missingPrerequisites } from './lib/env.mjs';
import { freePort, makeTempRoot, startGroup, stopOnSignals, tail, waitForHttp } from './lib/processes.mjs';
import { makeWorkspace } from './lib/workspace.mjs';

const { values: opts } = parseArgs({ options: { extension: { type: 'string' }, keep: { type: 'boolean' }, check: { type: 'boolean' } } });
const extensionDir = opts.extension ?? ROOT;
const RUN_TIMEOUT_MS = Number(process.env.BRIEFING_E2E_TIMEOUT_MS || 300_000);
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

const missing = missingPrerequisites('editor');
if (!opts.extension && !existsSync(EXTENSION_JS)) missing.push(`${EXTENSION_JS} (npm run build)`);
if (missing.length) {
  console.error(`e2e: missing ${missing.join(', ')}\ninstall with: ${INSTALL_HINT}`);
  process.exit(2);
}
if (opts.check) process.exit(0);

const tmp = makeTempRoot('briefing-e2e-exthost');
const ws = makeWorkspace(join(tmp.dir, 'ws'));
const port = await freePort();
const host = `127.0.0.1:${port}`;
const env = { ...tmp.env, PATH: `${join(NODE24, '..')}:${process.env.PATH}` };
const server = startGroup(
  NODE24,
  [
    VSCODE_SERVER_MAIN,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--server-data-dir',
    join(tmp.dir, 'server-data'),
    '--user-data-dir',
    join(tmp.dir, 'user-data'),
    '--extensions-dir',
    join(tmp.dir, 'extensions'),
  ],
  { env, cwd: tmp.dir, logFile: join(tmp.dir, 'server.log') },
);
let browser;
let serverExited = false;
server.child.on('exit', () => (serverExited = true));
stopOnSignals(server, () => browser);

let code = 1;
const logFile = createWriteStream(join(tmp.dir, 'workbench.log'));
const problems = [];
try {
  await waitForHttp(`http://${host}/`, 60_000, () => !serverExited);
  console.log(`e2e: VS Code server on ${host} after ${elapsed()}`);
  browser = await launchBrowser(tmp.dir);
  const { page } = browser;
  page.on('pageerror', (e) => problems.push(`[pageerror] ${e.message}`));
  let finish;
  const exited = new Promise((resolve) => (finish = resolve));
  // Everything the workbench and the extension host log goes to workbench.log; the console gets
  // the suite's own lines, without the offline noise (marketplace, sign-in, connection chatter).
  const noise =
    /^(Resolving connection token|Resolved connection token|Creating a socket|\[reconnection-grace-time\]|Updating additional builtin|\[AccountPolicyGate\]|Creation of workbench contribution|\[Service Worker\]|Timed out waiting for authentication provider)|ChatModelSelection|AgentHost|open-vsx|telemetry/;
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = (Array.isArray(args) ? args : [args]).map(String).join(' ');
    logFile.write(`[${type}] ${text}\n`);
    if (!noise.test(text)) console.log(type === 'error' ? `[exthost error] ${text}` : text);
  });
  await page.exposeFunction('codeAutomationExit', (c) => finish(c));
  const remote = (p) => `vscode-remote://${host}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionDir)],
    ['extensionTestsPath', remote(SUITE_INDEX)],
    ['skipWelcome', 'true'],
  ];
  await page.goto(`http://${host}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  console.log(`e2e: workbench opened, running the suite (${elapsed()})`);
  const result = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), RUN_TIMEOUT_MS))]);
  if (result === 'timeout') console.error(`e2e: no result within ${RUN_TIMEOUT_MS} ms`);
  else code = Number(result) === 0 ? 0 : 1;
  console.log(`e2e: extension tests exit code ${result} after ${elapsed()}`);
  if (code !== 0) await page.screenshot({ path: join(tmp.dir, 'failure.png') }).catch(() => {});
} catch (e) {
  console.error(`e2e: ${e.stack || e}`);
} finally {
  await browser?.context.close().catch(() => {});
  await server.stop();
  await new Promise((resolve) => logFile.end(resolve));
}
if (code !== 0) {
  if (problems.length) writeFileSync(join(tmp.dir, 'page-errors.log'), problems.join('\n'));
  console.error(`e2e: server log (last lines):\n${tail(server.logFile)}\ne2e: kept ${tmp.dir} (server.log, workbench.log, failure.png)`);
} else if (opts.keep) console.log(`e2e: kept ${tmp.dir}`);
else tmp.remove();
process.exit(code);
