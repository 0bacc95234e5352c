// Lint rules, and the layer boundaries of ARCHITECTURE.md as import rules:
// - the engine (server/src/engine/) is pure: no faces, no host helpers, no Node, no editor;
// - the faces (cli/, lsp/, host/) reach the engine only through engine/index.ts;
// - the client reaches the server only for the protocol constants (lsp/protocol.ts,
//   lsp/view-protocol.ts) and the HTML faces' facade (render/index.ts);
// - the HTML faces (render/) are pure too: view models in, HTML and SVG strings out.
// Files stay under 300 lines, functions in lsp/ under 80. Syntax-only linting (no type information), so `npm run lint` stays fast.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

const engineBoundary = {
  paths: nodeBuiltins.map((name) => ({ name, message: 'The engine is pure: no Node modules (Node helpers live in server/src/host/).' })),
  patterns: [
    { regex: '^node:', message: 'The engine is pure: no Node modules (Node helpers live in server/src/host/).' },
    { regex: '^vscode', message: 'The engine knows no editor and no transport.' },
    { regex: '(^|/)(lsp|cli|host)(/|$)', message: 'The engine imports nothing from the faces (lsp/, cli/) or the host helpers (host/).' },
  ],
};

const faceBoundary = {
  patterns: [
    {
      regex: '^(\\.\\./)+engine/(?!index$).+',
      message: "Faces use the engine through its facade: import from '../engine' (engine/index.ts).",
    },
  ],
};

const renderBoundary = {
  paths: engineBoundary.paths,
  patterns: [
    ...engineBoundary.patterns,
    { regex: '^\\.\\./engine(/index)?$', message: 'The HTML faces use the view models (engine/views/), not the whole engine: the webview bundle stays small.' },
  ],
};

const clientBoundary = {
  patterns: [
    {
      regex: '/server/src/(?!lsp/protocol$|lsp/view-protocol$|render$).+',
      message:
        'The client imports only the protocol constants (server/src/lsp/protocol.ts, view-protocol.ts) and the HTML renderer (server/src/render) from the server.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: ['dist/**', 'bench/out/**', 'node_modules/**', 'test/e2e/editor/**', '**/*.vsix', '.vscode-test/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        console: 'readonly',
        process: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        clearImmediate: 'readonly',
        queueMicrotask: 'readonly',
        structuredClone: 'readonly',
        URL: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
        require: 'readonly',
        module: 'writable',
        performance: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        globalThis: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Finding control characters in records is part of the job (binary-content).
      'no-control-regex': 'off',
      // Files small enough to read whole.
      'max-lines': ['error', { max: 300 }],
    },
  },
  {
    // The real-editor suite runs inside the editor's extension host as CommonJS.
    files: ['test/e2e/suite/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { exports: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The server's LSP face is wiring: its functions stay short.
    files: ['server/src/lsp/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80 }] },
  },
  {
    files: ['server/src/engine/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', engineBoundary] },
  },
  {
    files: ['server/src/cli/**/*.ts', 'server/src/lsp/**/*.ts', 'server/src/host/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', faceBoundary] },
  },
  {
    files: ['server/src/render/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', renderBoundary] },
  },
  {
    // The webview's script runs in the webview's browser page.
    files: ['client/media/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { acquireVsCodeApi: 'readonly', window: 'readonly', document: 'readonly', Image: 'readonly', btoa: 'readonly' },
    },
  },
  {
    files: ['client/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', clientBoundary] },
  },
);
