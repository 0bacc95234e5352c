#!/usr/bin/env node
// The views in the real workbench: the packaged extension in code-server, headless chromium.
//  1. "Open Preview to the Side" from the editor-title button of a record: the card shows; an
//     edit in the editor updates it; clicking a statistic moves the editor's cursor to its line.
//  2. "Statistics Over Time" from the command palette: the quick pick lists the label with its
//     count; the chart has one point per meeting; an edit updates the table; clicking a point
//     opens the other record at that statistic; an edit updates the table.
//  3. After "Developer: Reload Window" the preview comes back and follows the active record.
// Screenshots of both go to test/.tmp/e2e/ (or, with --screenshots DIR, to DIR: docs/).
//
//   node test/e2e/run-views-ui.mjs [--package] [--screenshots DIR] [--keep] [--check]
// Exit code: 0 passed, 1 failed, 2 a prerequisite is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { INSTALL_HINT, ROOT, VSIX, missingPrerequisites } from './lib/env.mjs';
import { makeTempRoot, tail } from './lib/processes.mjs';
import { makeWorkspace } from './lib/workspace.mjs';
import { activeLine, runCommand, startWorkbench, webviewFrame } from './lib/ui-workbench.mjs';

const { values: opts } = parseArgs({
  options: { screenshots: { type: 'string' }, keep: { type: 'boolean' }, check: { type: 'boolean' }, package: { type: 'boolean' } },
});
const shots = resolve(opts.screenshots ?? join(ROOT, 'test', '.tmp', 'e2e'));
const FEB = '2020-02-26-giao-ban-thang-2.briefing.yaml';
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const step = (m) => console.log(`e2e: ${m} (${elapsed()})`);

const missing = missingPrerequisites('editor');
if (!opts.package && !opts.check && !existsSync(VSIX)) missing.push(`${VSIX} (npm run package)`);
if (missing.length) {
  console.error(`e2e: missing ${missing.join(', ')}\ninstall with: ${INSTALL_HINT}`);
  process.exit(2);
}
if (opts.check) process.exit(0);
if (opts.package) {
  const pack = spawnSync('npm', ['run', '-s', 'package'], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  if (pack.status !== 0) {
    console.error(`e2e: npm run package failed (exit ${pack.status}):\n${pack.stdout}\n${pack.stderr}`);
    process.exit(1);
  }
}

const tmp = makeTempRoot('briefing-e2e-views');
const ws = makeWorkspace(join(tmp.dir, 'ws'), { broken: false, settings: false });
let wb;
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void Promise.resolve(wb?.stop()).finally(() => process.exit(1)));

async function preview(page) {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FEB }).first().click();
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30_000 });
  // The editor-title button of a record.
  await page.locator('.editor-actions [aria-label*="Open Preview to the Side"]').first().click({ timeout: 30_000 });
  let frame = await webviewFrame(page, 'h1:has-text("Hội nghị giao ban Bộ Công an tháng 2-2020")');
  const values = await frame.locator('#statistics td.num').allInnerTexts();
  if (!values.includes('gần 28 kg')) throw new Error(`the statistics table shows ${JSON.stringify(values)}, expected "gần 28 kg" among them`);
  step('preview opened beside the record');
  // Type in the editor: line 106 "    value: 28" becomes "    value: 29".
  await page.locator('.tabs-container .tab', { hasText: FEB }).first().click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type('106');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('9');
  frame = await webviewFrame(page, 'td.num:has-text("gần 29 kg")');
  step('preview updated after typing: gần 29 kg');
  // Clicking the row of "Cần sa thu giữ" puts the cursor on its line (118).
  await frame.locator('tr', { hasText: 'Cần sa thu giữ' }).first().click();
  await activeLine(page, 118);
  step('click on a statistic revealed line 118 in the editor');
  await frame.locator('#statistics-h').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'preview.png') });
}

async function statistics(page) {
  await runCommand(page, 'Briefing: Statistics Over Time');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'phòng, chống tội phạm về ma túy' }).first().waitFor({ timeout: 15_000 });
  await page.locator('.quick-input-widget input').fill('Heroin thu giữ');
  const item = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Heroin thu giữ' });
  await item.waitFor({ timeout: 15_000 });
  // The label with its count (3 meetings: 2020, 2023, 2025) and unit; the longer label is below.
  const label = (await item.innerText()).replace(/\s+/g, '');
  if (label !== 'Herointhugiữ3kg') throw new Error(`the first pick is "${label}", expected "Heroin thu giữ", 3, "kg"`);
  await page.keyboard.press('Enter');
  let frame = await webviewFrame(page, 'h1:has-text("Heroin thu giữ")');
  const points = await frame.locator('circle.point').count();
  if (points !== 3) throw new Error(`the chart has ${points} points, expected 3 (one per meeting)`);
  await frame.locator('#rows td.num', { hasText: 'gần 29 kg' }).waitFor({ timeout: 10_000 });
  step("statistics view: 3 points, the open record's edited value in the table");
  await page.screenshot({ path: join(shots, 'statistics.png') });
  // Clicking the 2023 point opens that record at the statistic (line 167).
  await frame.locator('circle.point[data-uri$="2023-09-28-so-ket-quy-3.briefing.yaml"]').click();
  await activeLine(page, 167);
  step('click on a point opened 2023-09-28-so-ket-quy-3.briefing.yaml at line 167');
  // An edit to that record updates the view: 95.52 → 96.52.
  await page.keyboard.press('End');
  await page.keyboard.press('Control+G');
  await page.keyboard.type('168');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('96.52');
  await webviewFrame(page, '#rows td.num:has-text("96,52 kg")');
  step('statistics view updated after an edit: 96,52 kg');
}

async function reload(page) {
  // The preview panel comes back after the window reloads (its serializer), and follows the
  // active record: the February record, made active again.
  await page.evaluate(() => (globalThis.briefingBeforeReload = true));
  await runCommand(page, 'Developer: Reload Window');
  await page.waitForFunction(() => !globalThis.briefingBeforeReload && globalThis.document.querySelector('.monaco-workbench'), null, { timeout: 60_000 });
  const previewTab = page.locator('.tabs-container .tab', { hasText: 'Xem trước:' }).first();
  await previewTab.waitFor({ timeout: 60_000 });
  await page.locator('.tabs-container .tab', { hasText: FEB }).first().click();
  await previewTab.click();
  await webviewFrame(page, 'h1:has-text("Hội nghị giao ban Bộ Công an tháng 2-2020")');
  step('after a window reload the preview is back, following the active record');
}

let ok = false;
try {
  mkdirSync(shots, { recursive: true });
  wb = await startWorkbench({ tmp, vsix: VSIX, workspace: ws, viewport: { width: 1400, height: 860 } });
  step('workbench loaded');
  await preview(wb.page);
  await statistics(wb.page);
  await reload(wb.page);
  ok = true;
} catch (e) {
  console.error(`e2e: ${e.message}`);
  await wb?.page.screenshot({ path: join(tmp.dir, 'failure.png') }).catch(() => {});
} finally {
  await wb?.stop();
}
console.log(`e2e: views UI test ${ok ? 'passed' : 'failed'} after ${elapsed()}`);
if (!ok) console.error(`e2e: code-server log (last lines):\n${tail(join(tmp.dir, 'code-server.log'))}\ne2e: kept ${tmp.dir} (failure.png)`);
else if (opts.keep) console.log(`e2e: kept ${tmp.dir}`);
else tmp.remove();
process.exit(ok ? 0 : 1);
