// Validators for the bundled schemas, generated at build time with Ajv's standalone code: the
// built bundles replace server/src/engine/schema/compile.ts with the module made here, so no start
// spends ~50 ms compiling the record schema. A schema given at run time is looked up by a key of
// its JSON text; one the build did not see (an edited schemas/ folder) is compiled with Ajv, loaded
// only then.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

const REPO = join(import.meta.dirname, '..');
const SCHEMA_DIR = join(REPO, 'server', 'src', 'engine', 'schema');
export const COMPILE_MODULE = join(SCHEMA_DIR, 'compile.ts');

/** The key of a schema: the length and two 32-bit FNV-1a hashes of its JSON text. */
export function schemaKey(schema) {
  const s = JSON.stringify(schema);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 2246822519);
  }
  return `${s.length}:${(a >>> 0).toString(16)}:${(b >>> 0).toString(16)}`;
}

/** Runs a few of the engine's pure modules at build time: the config schema, the options, the keywords. */
async function engineFacts() {
  const out = await build({
    stdin: {
      contents: [
        "export { configSchema } from './server/src/engine/config/schema';",
        "export { AJV_OPTIONS } from './server/src/engine/schema/ajv-options';",
        "export { ANNOTATION_KEYWORDS } from './server/src/engine/schema/annotations';",
      ].join('\n'),
      resolveDir: REPO,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  return module.exports;
}

/** The schemas the package ships (as the host reads them) and the configuration schema. */
export async function bundledSchemas() {
  const facts = await engineFacts();
  const read = (name) => ({ name, schema: JSON.parse(readFileSync(join(REPO, 'schemas', name), 'utf8')) });
  const schemas = [
    read('briefing.schema.json'),
    read('catalog.schema.json'),
    read('people.schema.json'),
    { name: 'configSchema()', schema: facts.configSchema() },
  ];
  return { schemas, options: facts.AJV_OPTIONS, keywords: [...facts.ANNOTATION_KEYWORDS] };
}

/** The replacement of compile.ts: standalone validators by key, and the run-time fallback. */
export function precompiledModule({ schemas, options, keywords }) {
  const ajv = new Ajv.default({ ...options, code: { source: true, esm: true } });
  ajv.addVocabulary(keywords);
  const names = {};
  schemas.forEach((s, i) => {
    ajv.addSchema(s.schema, `precompiled${i}`);
    names[`precompiled${i}`] = `precompiled${i}`;
  });
  const code = standalone.default(ajv, names);
  return [
    code,
    `import { AJV_OPTIONS } from ${JSON.stringify(join(SCHEMA_DIR, 'ajv-options.ts'))};`,
    `import { ANNOTATION_KEYWORDS } from ${JSON.stringify(join(SCHEMA_DIR, 'annotations.ts'))};`,
    `const schemaKey = ${schemaKey.toString()};`,
    'const PRECOMPILED = new Map([',
    ...schemas.map((s, i) => `  [${JSON.stringify(schemaKey(s.schema))}, precompiled${i}], // ${s.name}`),
    ']);',
    'export function compileSchema(schema) {',
    '  const known = PRECOMPILED.get(schemaKey(schema));',
    '  if (known) return known;',
    "  const Ajv = require('ajv').default;",
    '  const ajv = new Ajv(AJV_OPTIONS);',
    '  ajv.addVocabulary([...ANNOTATION_KEYWORDS]);',
    '  return ajv.compile(schema);',
    '}',
    '',
  ].join('\n');
}

/** The esbuild plugin that puts the generated module in place of compile.ts. */
export function precompiledSchemas(moduleText) {
  return {
    name: 'precompiled-schemas',
    setup(b) {
      b.onLoad({ filter: /[\\/]engine[\\/]schema[\\/]compile\.ts$/ }, (a) =>
        a.path === COMPILE_MODULE ? { contents: moduleText, loader: 'js', resolveDir: SCHEMA_DIR } : undefined,
      );
    },
  };
}
