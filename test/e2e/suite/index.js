// Entry point VS Code loads as extensionTestsPath (both launchers: run-code-server.mjs and
// run-electron.mjs). run() resolves when every test passed and rejects otherwise, which VS Code
// turns into the test process's exit code.
const { runAll } = require('./harness');

// In order: later files edit records and settings that earlier ones read untouched.
const FILES = [
  './activation.e2e.js',
  './samples.e2e.js',
  './people-navigation.e2e.js',
  './diagnostics.e2e.js',
  './completion-hover.e2e.js',
  './quick-fix.e2e.js',
  './commands.e2e.js',
  './draft.e2e.js',
  './settings.e2e.js',
  './on-save.e2e.js',
  './fix-on-save.e2e.js',
];

exports.run = async function run() {
  const only = process.env.BRIEFING_E2E_GREP ? new RegExp(process.env.BRIEFING_E2E_GREP) : undefined;
  for (const f of FILES) if (!only || only.test(f)) require(f);
  console.log(`briefing e2e suite in VS Code ${require('vscode').version}`);
  const failed = await runAll();
  if (failed > 0) throw new Error(`${failed} e2e test(s) failed`);
};
