// Bundles the CLI, the language server and the VS Code client into dist/.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};

const entries = [
  // dist/cli.js and dist/server.js are small launchers that load the bundles with V8's code cache.
  { in: 'server/src/cli/launch.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'server/src/cli/main.ts', out: 'dist/cli-main.js' },
  { in: 'server/src/lsp/launch.ts', out: 'dist/server.js' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server-main.js' },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
];

await Promise.all(
  entries
    .filter((e) => existsSync(e.in))
    .map((e) =>
      build({
        ...common,
        entryPoints: [e.in],
        outfile: e.out,
        external: e.external ?? [],
        banner: e.banner ? { js: e.banner } : undefined,
      }),
    ),
);
