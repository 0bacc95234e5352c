// code-server with the packaged extension installed, opened in headless chromium: the setup the
// UI tests share. Servers listen on 127.0.0.1 and run in their own process group.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { CODE_SERVER_ENTRY, NODE24 } from './env.mjs';
import { freePort, startGroup, waitForHttp } from './processes.mjs';

const QUIET = {
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
  'editor.minimap.enabled': false,
  'editor.fontFamily': "'Noto Sans Mono', 'Noto Mono', 'DejaVu Sans Mono', monospace",
};

/** Installs the .vsix, starts code-server and opens `workspace`; `stop()` ends both. */
export async function startWorkbench({ tmp, vsix, workspace, settings = {}, viewport }) {
  const userData = join(tmp.dir, 'user-data');
  const extensions = join(tmp.dir, 'extensions');
  const env = { ...tmp.env, PATH: `${dirname(NODE24)}:${process.env.PATH}` };
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), `${JSON.stringify({ ...QUIET, ...settings }, null, 2)}\n`);
  const install = spawnSync(NODE24, [CODE_SERVER_ENTRY, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (install.status !== 0 || !/successfully installed/i.test(install.stdout))
    throw new Error(`installing ${vsix} failed (exit ${install.status}):\n${install.stdout}\n${install.stderr}`);
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
  let serverExited = false;
  server.child.on('exit', () => (serverExited = true));
  let browser;
  const stop = async () => {
    await browser?.context.close().catch(() => {});
    await server.stop();
  };
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000, () => !serverExited);
    browser = await launchBrowser(tmp.dir, viewport);
    browser.page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
    await browser.page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await browser.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  } catch (e) {
    await stop();
    throw e;
  }
  return { page: browser.page, server, stop };
}

/** Runs a command from the command palette by its title. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** The document inside the webview whose panel title contains `title` (VS Code nests two iframes). */
export async function webviewFrame(page, marker) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame.name() !== 'active-frame' && !frame.url().includes('fake.html')) continue;
      try {
        if (await frame.locator(marker).count()) return frame;
      } catch {
        /* the frame went away while we looked */
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no webview shows ${marker}`);
}

/** Waits for the editor's active line number to be `line` (1-based). */
export async function activeLine(page, line) {
  await page
    .locator('.monaco-editor.focused .line-numbers.active-line-number', { hasText: new RegExp(`^${line}$`) })
    .first()
    .waitFor({ timeout: 15_000 });
}
