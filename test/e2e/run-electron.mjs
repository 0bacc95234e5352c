#!/usr/bin/env node
// Runs the extension-host suite (test/e2e/suite) in desktop VS Code through @vscode/test-electron,
// the standard way on a workstation or a CI that can reach VS Code's download server:
//
//   node test/e2e/run-electron.mjs          downloads VS Code 1.139.1 into the e2e cache folder
//   VSCODE_EXECUTABLE_PATH=/usr/bin/code node test/e2e/run-electron.mjs    uses an installed VS Code
//
// On Linux without a display, run it under xvfb-run. The same suite runs in code-server with
// run-code-server.mjs, which is what `npm test` uses (it needs no download).
// Exit code: 0 all passed, 1 a test failed or VS Code could not start.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { CACHE, EXTENSION_JS, ROOT, SUITE_INDEX, VSCODE_VERSION } from './lib/env.mjs';
import { makeTempRoot } from './lib/processes.mjs';
import { makeWorkspace } from './lib/workspace.mjs';

if (!existsSync(EXTENSION_JS)) {
  console.error(`e2e: missing ${EXTENSION_JS} (npm run build)`);
  process.exit(2);
}

const tmp = makeTempRoot('briefing-e2e-electron');
const ws = makeWorkspace(join(tmp.dir, 'ws'));
const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH || undefined;
let code;
try {
  code = await runTests({
    ...(vscodeExecutablePath ? { vscodeExecutablePath } : { version: VSCODE_VERSION, cachePath: join(CACHE, 'vscode-test') }),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: SUITE_INDEX,
    extensionTestsEnv: process.env.BRIEFING_E2E_GREP ? { BRIEFING_E2E_GREP: process.env.BRIEFING_E2E_GREP } : {},
    launchArgs: [
      ws,
      '--disable-extensions', // other installed extensions; the one under test still loads
      '--user-data-dir',
      join(tmp.dir, 'user-data'),
      '--extensions-dir',
      join(tmp.dir, 'extensions'),
    ],
  });
} catch (e) {
  console.error(`e2e: ${e && e.message ? e.message : e}`);
  code = 1;
}
if (code === 0) tmp.remove();
else console.error(`e2e: kept ${tmp.dir}`);
process.exit(code === 0 ? 0 : 1);
