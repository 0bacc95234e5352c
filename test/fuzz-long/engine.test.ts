// The long engine fuzzing run: `npm run fuzz -- --runs 10000 [--seed S]`. Every input must be
// checked within 1 s (best of three, up to 100 KB), keep every range inside the document, give
// the same diagnostics on two engines, and fix safely. A failure prints the seed and the
// shrunk input: keep it in test/fixtures/fuzz/ with a test that replays it.
import { test } from 'node:test';
import fc from 'fast-check';
import { anyInput, largeText } from '../fuzz/arbitraries';
import { assertInput, fuzzArgs, fuzzEngines } from '../fuzz/properties';

const { runs = 1_000, seed = Date.now() % 2 ** 31 } = fuzzArgs();
const LIMIT_MS = 1_000;
const engines = fuzzEngines();

test(`${runs} mixed inputs (seed ${seed}): the invariants and 1 s per check`, () => {
  const started = performance.now();
  fc.assert(
    fc.property(anyInput, (text) => assertInput(engines, text, { limitMs: LIMIT_MS })),
    { seed, numRuns: runs },
  );
  console.log(`# fuzz: ${runs} mixed inputs, seed ${seed}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
});

test(`${Math.max(5, Math.round(runs / 100))} large inputs up to 100 KB (seed ${seed}): 1 s per check`, () => {
  const started = performance.now();
  const n = Math.max(5, Math.round(runs / 100));
  fc.assert(
    fc.property(largeText, (text) => assertInput(engines, text, { limitMs: LIMIT_MS, fixes: false })),
    { seed, numRuns: n },
  );
  console.log(`# fuzz: ${n} large inputs, seed ${seed}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
});
