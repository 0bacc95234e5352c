// The launchers (dist/cli.js, dist/server.js) keep V8's code cache of the bundle in the user's
// cache folder: written on the first start, used on the next, never a reason to fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli';

const cacheHome = () => mkdtempSync(join(tmpdir(), 'briefing-cache-home-'));
const files = (home: string) => {
  const dir = join(home, 'briefing', 'code-cache');
  return existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.bin') || f.includes('node'))
    : [];
};

test('the first run writes the code cache, the next one runs from it with the same result', () => {
  const home = cacheHome();
  const env = { XDG_CACHE_HOME: home, BRIEFING_CODE_CACHE: undefined };
  const first = cli(['validate', 'samples', '--locale', 'en'], { env });
  assert.equal(first.code, 0);
  assert.ok(files(home).length >= 1, 'a cache file was written');
  const second = cli(['validate', 'samples', '--locale', 'en'], { env });
  assert.equal(second.code, 0);
  assert.equal(second.stdout.replace(/\(\d+\.\d+ s\)/, ''), first.stdout.replace(/\(\d+\.\d+ s\)/, ''));
});

test('a corrupt cache file is rejected by V8 and replaced; the run is unaffected', () => {
  const home = cacheHome();
  const env = { XDG_CACHE_HOME: home, BRIEFING_CODE_CACHE: undefined };
  cli(['validate', 'samples'], { env });
  const dir = join(home, 'briefing', 'code-cache');
  for (const f of readdirSync(dir)) if (f.endsWith('.bin')) writeFileSync(join(dir, f), 'not a code cache');
  const r = cli(['validate', 'samples', 'samples/invalid/count-not-integer.yaml', '--locale', 'en'], { env });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /count-not-integer/);
  assert.equal(r.stderr, '');
});

test('BRIEFING_CODE_CACHE=off writes nothing', () => {
  const home = cacheHome();
  assert.equal(cli(['validate', 'samples'], { env: { XDG_CACHE_HOME: home, BRIEFING_CODE_CACHE: 'off' } }).code, 0);
  assert.deepEqual(files(home), []);
});
