// The packaged extension (npm run package → dist/briefing-records.vsix) installed into
// code-server: squiggle and Problems panel row for a broken record, seen in the workbench UI.
import { test } from 'node:test';
import { runLauncher } from './launch';

test('packaged .vsix in code-server: squiggle and Vietnamese Problems row', { timeout: 420_000 }, async (t) => {
  const shot = process.env.BRIEFING_E2E_SCREENSHOT;
  await runLauncher(t, 'run-ui.mjs', ['--package', ...(shot ? ['--screenshot', shot] : [])], 390_000);
});
