// The language server in a second LSP client: headless Neovim starting `node dist/server.js --stdio`.
import { test } from 'node:test';
import { runLauncher } from './launch';

test('language server in Neovim: diagnostics and completion', { timeout: 120_000 }, async (t) => {
  await runLauncher(t, 'run-neovim.mjs', [], 90_000);
});
