// Bundles the CLI, the language server and the VS Code client into dist/.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bundledSchemas, precompiledModule, precompiledSchemas } from './precompile-schemas.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};

const ENGINE_DIR = join(import.meta.dirname, '..', 'server', 'src', 'engine');
const LAZY_ENGINE = join(import.meta.dirname, '..', 'server', 'src', 'lsp', 'lazy-engine.ts');

/**
 * In the server bundle, `import … from '../engine'` outside the engine resolves to a module of
 * getters over dist/server-engine.js (see server/src/lsp/lazy-engine.ts): the engine loads on
 * first use instead of before `initialize` is answered.
 */
function lazyEngine(names) {
  return {
    name: 'lazy-engine',
    setup(b) {
      b.onResolve({ filter: /^(\.\.\/)+engine(\/index)?$/ }, (a) => {
        const target = join(a.resolveDir, a.path);
        if (a.importer.startsWith(ENGINE_DIR) || (target !== ENGINE_DIR && target !== join(ENGINE_DIR, 'index'))) return undefined;
        return { path: 'engine', namespace: 'lazy-engine' };
      });
      b.onLoad({ filter: /.*/, namespace: 'lazy-engine' }, () => ({
        loader: 'js',
        resolveDir: ENGINE_DIR,
        contents: [
          `const { engineExports } = require(${JSON.stringify(LAZY_ENGINE)});`,
          `Object.defineProperty(exports, '__esModule', { value: true });`,
          `for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => engineExports()[name] });`,
        ].join('\n'),
      }));
    },
  };
}

// The bundled schemas' validators, generated once for every bundle that holds the engine.
const schemaValidators = precompiledSchemas(precompiledModule(await bundledSchemas()));

/**
 * `yaml` as its ES module build (the package's browser entry; the same code): the bundle then calls
 * `isMap`, `isScalar`… directly instead of through CommonJS interop getters, on every node the
 * engine looks at. The two builds differ only in where warnings go (none are emitted: records are
 * parsed with logLevel 'error') and in decoding !!binary, which the core schema does not have.
 */
const yamlModule = {
  name: 'yaml-module',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: join(import.meta.dirname, '..', 'node_modules', 'yaml', 'browser', 'index.js') }));
  },
};

const bundle = (e) =>
  build({
    ...common,
    entryPoints: [e.in],
    outfile: e.out,
    external: e.external ?? [],
    banner: e.banner ? { js: e.banner } : undefined,
    plugins: [schemaValidators, yamlModule, ...(e.plugins ?? [])],
  });

// The engine first: its export names make the server bundle's getters.
// (The engine is pure: loading it at build time only defines its functions and tables.)
await bundle({ in: 'server/src/engine/index.ts', out: 'dist/server-engine.js' });
const engineNames = Object.keys(createRequire(import.meta.url)('../dist/server-engine.js'));

const entries = [
  // dist/cli.js and dist/server.js are small launchers that load the bundles with V8's code cache.
  { in: 'server/src/cli/launch.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'server/src/cli/main.ts', out: 'dist/cli-main.js' },
  { in: 'server/src/lsp/launch.ts', out: 'dist/server.js' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server-main.js', plugins: [lazyEngine(engineNames)] },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
];

await Promise.all(entries.filter((e) => existsSync(e.in)).map(bundle));
