#!/usr/bin/env node
// The UI-level test: the packaged extension (dist/briefing-records.vsix, `npm run package`)
// installed into code-server, a broken record opened from the explorer in headless chromium, the
// squiggle in the editor and the Vietnamese message in the Problems panel; then a screenshot.
//
//   node test/e2e/run-ui.mjs [--package] [--vsix FILE] [--screenshot FILE] [--keep] [--check]
//
// --package runs `npm run package` first (after the prerequisites check), so the .vsix is fresh.
//
// The screenshot goes to test/.tmp/e2e/screenshot.png unless --screenshot names another file
// (`--screenshot docs/screenshot.png` refreshes the one in the docs).
// Exit code: 0 passed, 1 failed, 2 a prerequisite is missing.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.mjs';
import { CODE_SERVER_ENTRY, E2E, INSTALL_HINT, NODE24, ROOT, VSIX, missingPrerequisites } from './lib/env.mjs';
import { freePort, makeTempRoot, startGroup, stopOnSignals, tail, waitForHttp } from './lib/processes.mjs';
import { makeWorkspace } from './lib/workspace.mjs';

const { values: opts } = parseArgs({
  options: { vsix: { type: 'string' }, screenshot: { type: 'string' }, keep: { type: 'boolean' }, check: { type: 'boolean' }, package: { type: 'boolean' } },
});
const vsix = resolve(opts.vsix ?? VSIX);
const screenshot = resolve(opts.screenshot ?? join(ROOT, 'test', '.tmp', 'e2e', 'screenshot.png'));
const RECORD = 'giao-ban-loi.briefing.yaml';
// The thousands-separator problem of the record, as the Problems panel shows it.
const MESSAGE = '1.457 vụ: YAML đọc 1.457 là số thập phân, nhưng "vụ" là đơn vị đếm. Ý bạn là 1457?';
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

const missing = missingPrerequisites('editor');
if (!opts.package && !opts.check && !existsSync(vsix)) missing.push(`${vsix} (npm run package)`);
if (missing.length) {
  console.error(`e2e: missing ${missing.join(', ')}\ninstall with: ${INSTALL_HINT}`);
  process.exit(2);
}
if (opts.check) process.exit(0);
if (opts.package) {
  const pack = spawnSync('npm', ['run', '-s', 'package'], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  if (pack.status !== 0 || !existsSync(vsix)) {
    console.error(`e2e: npm run package failed (exit ${pack.status}):\n${pack.stdout}\n${pack.stderr}`);
    process.exit(1);
  }
  console.log(`e2e: packaged ${vsix} (${elapsed()})`);
}

const tmp = makeTempRoot('briefing-e2e-ui');
const ws = makeWorkspace(join(tmp.dir, 'ws'), { broken: false, settings: false });
copyFileSync(join(E2E, 'fixtures', RECORD), join(ws, RECORD));
const userData = join(tmp.dir, 'user-data');
const extensions = join(tmp.dir, 'extensions');
const env = { ...tmp.env, PATH: `${dirname(NODE24)}:${process.env.PATH}` };
mkdirSync(join(userData, 'User'), { recursive: true });
// A quiet workbench: no welcome page, chat or notifications over the editor in the screenshot.
writeFileSync(
  join(userData, 'User', 'settings.json'),
  `${JSON.stringify(
    {
      // Vietnamese messages: the workbench's display language is English, which `auto` follows.
      'briefing.locale': 'vi',
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      'chat.disableAIFeatures': true,
      'security.workspace.trust.enabled': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'extensions.ignoreRecommendations': true,
      'update.mode': 'none',
      'telemetry.telemetryLevel': 'off',
      'editor.fontSize': 14,
      'editor.stickyScroll.enabled': false,
      // DejaVu Sans Mono lacks most precomposed Vietnamese letters (ề, ế, …); Noto has them.
      'editor.fontFamily': "'Noto Sans Mono', 'Noto Mono', 'DejaVu Sans Mono', monospace",
    },
    null,
    2,
  )}\n`,
);

const install = spawnSync(NODE24, [CODE_SERVER_ENTRY, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix], {
  env,
  encoding: 'utf8',
  timeout: 120_000,
});
if (install.status !== 0 || !/successfully installed/i.test(install.stdout)) {
  console.error(`e2e: installing ${vsix} failed (exit ${install.status}):\n${install.stdout}\n${install.stderr}`);
  process.exit(1);
}
console.log(`e2e: ${install.stdout.trim().split('\n').pop()} (${elapsed()})`);

const port = await freePort();
const server = startGroup(
  NODE24,
  [
    CODE_SERVER_ENTRY,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir',
    userData,
    '--extensions-dir',
    extensions,
  ],
  { env, cwd: tmp.dir, logFile: join(tmp.dir, 'code-server.log') },
);
let browser;
let serverExited = false;
server.child.on('exit', () => (serverExited = true));
stopOnSignals(server, () => browser);

let ok = false;
try {
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000, () => !serverExited);
  browser = await launchBrowser(tmp.dir);
  const { page } = browser;
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  console.log(`e2e: workbench loaded (${elapsed()})`);
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: RECORD }).first();
  await row.waitFor({ timeout: 60_000 });
  await row.click();
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30_000 });
  await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 60_000 });
  console.log(`e2e: squiggle in the editor (${elapsed()})`);
  await page.keyboard.press('Control+Shift+M');
  const problem = page.locator('.markers-panel .monaco-list-row', { hasText: MESSAGE }).first();
  await problem.waitFor({ timeout: 30_000 });
  const rows = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  console.log(`e2e: Problems panel:\n  ${rows.join('\n  ')}`);
  const row20 = rows.find((r) => r.includes(MESSAGE));
  if (!/thousands-separator/.test(row20) || !/\[Ln 20, Col 12\]/.test(row20)) throw new Error(`the problem row lacks its rule or position: ${row20}`);
  const codes = rows.map((r) => / briefing ?\(?([a-z-]+)\)? \[Ln/.exec(r)?.[1]).filter(Boolean);
  const want = ['unknown-rank', 'thousands-separator', 'unknown-key', 'unknown-issuer'];
  if (JSON.stringify(codes) !== JSON.stringify(want)) throw new Error(`Problems panel rules ${JSON.stringify(codes)}, expected ${JSON.stringify(want)}`);
  // Selecting the problem reveals it in the editor: the screenshot shows the squiggled line.
  await problem.click();
  await page.locator('.monaco-editor .line-numbers.active-line-number', { hasText: /^20$/ }).first().waitFor({ timeout: 10_000 });
  mkdirSync(dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot });
  console.log(`e2e: screenshot ${screenshot}`);
  ok = true;
} catch (e) {
  console.error(`e2e: ${e.message}`);
  await browser?.page.screenshot({ path: join(tmp.dir, 'failure.png') }).catch(() => {});
} finally {
  await browser?.context.close().catch(() => {});
  await server.stop();
}
console.log(`e2e: UI test ${ok ? 'passed' : 'failed'} after ${elapsed()}`);
if (!ok) console.error(`e2e: code-server log (last lines):\n${tail(server.logFile)}\ne2e: kept ${tmp.dir} (failure.png)`);
else if (opts.keep) console.log(`e2e: kept ${tmp.dir}`);
else tmp.remove();
process.exit(ok ? 0 : 1);
