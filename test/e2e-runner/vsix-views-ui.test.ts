// The record preview and the statistics view in code-server with the packaged extension: opened,
// updated after an edit, click-to-reveal; screenshots of both.
import { test } from 'node:test';
import { runLauncher } from './launch';

test('packaged .vsix in code-server: record preview and statistics over time', { timeout: 420_000 }, async (t) => {
  const dir = process.env.BRIEFING_E2E_SCREENSHOTS;
  await runLauncher(t, 'run-views-ui.mjs', ['--package', ...(dir ? ['--screenshots', dir] : [])], 390_000);
});
