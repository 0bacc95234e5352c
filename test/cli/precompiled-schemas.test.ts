// The built bundles validate with validators generated at build time (scripts/precompile-schemas.mjs)
// instead of compiling the schemas at every start: the same errors as the compiler's, for every
// schema the package ships, and a schema the build did not see still works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parse } from 'yaml';
import type { ValidateFunction } from 'ajv';
import { bundledSchemas, precompiledModule } from '../../scripts/precompile-schemas.mjs';
import { compileSchema as compileAtRunTime } from '../../server/src/engine/schema/compile';
import { configSchema } from '../../server/src/engine';
import { loadAssets } from '../../server/src/host/assets';
import type { SchemaNode } from '../../server/src/engine';
import { ROOT, SAMPLES, read } from '../helpers/engine';

type Compile = (schema: SchemaNode) => ValidateFunction;

/** The generated module, bundled and loaded the way the build bundles it. */
async function generated(): Promise<Compile> {
  const text = precompiledModule(await bundledSchemas());
  const out = await build({
    stdin: { contents: text, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'error',
  });
  const module = { exports: {} as { compileSchema: Compile } };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, require);
  return module.exports.compileSchema;
}

const records = (): unknown[] => {
  const dir = join(SAMPLES, 'invalid');
  const files = [
    ...readdirSync(SAMPLES)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(SAMPLES, f)),
    ...readdirSync(dir).map((f) => join(dir, f)),
  ];
  return files.flatMap((f) => {
    try {
      return [parse(read(f))];
    } catch {
      return [];
    }
  });
};

test('every schema the package ships, as the host reads it, has a validator made at build time', async () => {
  const compile = await generated();
  const assets = loadAssets(join(ROOT, 'schemas'));
  for (const schema of [assets.schema, assets.catalogSchema!, assets.peopleSchema!, configSchema()]) {
    // Made once at build time: the same function every time (a compiled one would be new).
    assert.equal(compile(schema), compile(schema));
  }
});

test('the generated validators report exactly what the compiler reports, on every sample record', async () => {
  const compile = await generated();
  const schema = loadAssets(join(ROOT, 'schemas')).schema;
  const ahead = compile(schema);
  const runtime = compileAtRunTime(schema);
  let invalid = 0;
  for (const value of records()) {
    const a = ahead(value);
    const b = runtime(value);
    assert.equal(a, b);
    if (!a) invalid++;
    assert.deepEqual(JSON.parse(JSON.stringify(ahead.errors ?? null)), JSON.parse(JSON.stringify(runtime.errors ?? null)));
  }
  assert.ok(invalid >= 5, `${invalid} invalid records compared`);
});

test('a schema the build did not see is compiled when it is first used', async () => {
  const compile = await generated();
  const schema: SchemaNode = { type: 'object', required: ['meeting'], properties: { meeting: { type: 'string', markdownDescription: 'x' } } };
  const v = compile(schema);
  assert.notEqual(compile(schema), v);
  assert.equal(v({ meeting: 'x' }), true);
  assert.equal(v({}), false);
  assert.equal(v.errors?.[0]?.keyword, 'required');
});
