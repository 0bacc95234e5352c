// The extension-host suite (test/e2e/suite) in a real VS Code: code-server's VS Code server and
// workbench in headless chromium, the extension loaded from the repository (dist/extension.js).
import { test } from 'node:test';
import { runLauncher } from './launch';

test('extension-host suite in VS Code (code-server workbench, headless chromium)', { timeout: 480_000 }, async (t) => {
  await runLauncher(t, 'run-code-server.mjs', [], 450_000);
});
