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
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { E2E, INSTALL_HINT, ROOT, VSIX, missingPrerequisites } from './lib/env.mjs';
import { makeTempRoot, tail } from './lib/processes.mjs';
import { startWorkbench } from './lib/ui-workbench.mjs';
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
let wb;
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void Promise.resolve(wb?.stop()).finally(() => process.exit(1)));

let ok = false;
try {
  wb = await startWorkbench({ tmp, vsix, workspace: ws });
  const { page } = wb;
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
  await wb?.page.screenshot({ path: join(tmp.dir, 'failure.png') }).catch(() => {});
} finally {
  await wb?.stop();
}
console.log(`e2e: UI test ${ok ? 'passed' : 'failed'} after ${elapsed()}`);
if (!ok) console.error(`e2e: code-server log (last lines):\n${tail(join(tmp.dir, 'code-server.log'))}\ne2e: kept ${tmp.dir} (failure.png)`);
else if (opts.keep) console.log(`e2e: kept ${tmp.dir}`);
else tmp.remove();
process.exit(ok ? 0 : 1);
