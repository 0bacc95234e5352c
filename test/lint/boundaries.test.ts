// The layer boundaries are lint rules (eslint.config.mjs): an import that crosses one fails
// `npm run lint`. Each case lints a one-line file placed in the layer it would break.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import { ROOT } from '../helpers/engine';

const eslint = new ESLint({ cwd: ROOT });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

test('the engine imports no Node module, editor package, face or host helper', async () => {
  const file = 'server/src/engine/text/probe.ts';
  for (const source of [
    "import { x } from 'node:fs';",
    "import { x } from 'path';",
    "import { x } from 'vscode-languageserver';",
    "import { x } from '../../lsp/files';",
    "import { x } from '../../cli/run';",
    "import { x } from '../../host/assets';",
  ]) {
    assert.equal((await importErrors(file, source)).length, 1, source);
  }
  assert.deepEqual(await importErrors(file, "import { x } from '../types';"), []);
  assert.deepEqual(await importErrors(file, "import { x } from 'yaml';"), []);
});

test('faces reach the engine only through engine/index.ts', async () => {
  for (const file of ['server/src/lsp/probe.ts', 'server/src/host/probe.ts', 'server/src/cli/formatters/probe.ts']) {
    const up = file.startsWith('server/src/cli/formatters/') ? '../../' : '../';
    const [message] = await importErrors(file, `import { x } from '${up}engine/text/fold';`);
    assert.match(message ?? '', /through its facade/, file);
    assert.deepEqual(await importErrors(file, `import { x } from '${up}engine';`), [], file);
  }
});

test('the client takes only the protocol constants from the server', async () => {
  const file = 'client/src/probe.ts';
  assert.equal((await importErrors(file, "import { x } from '../../server/src/lsp/workspace';")).length, 1);
  assert.deepEqual(await importErrors(file, "import { x } from '../../server/src/lsp/protocol';"), []);
});
