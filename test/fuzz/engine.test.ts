// The short, deterministic slice of the engine fuzzing: fixed seeds, a few hundred inputs, and
// a generous time bound so a busy machine cannot make it flaky. The long run with the 1 s
// bound is test/fuzz-long (npm run fuzz -- --runs 10000).
import { test } from 'node:test';
import fc from 'fast-check';
import { anyText, largeText, mutatedSample, yamlishText } from './arbitraries';
import { assertInput, fuzzEngines } from './properties';

const engines = fuzzEngines();
const LIMIT_MS = 5_000;

test('arbitrary text: no throw, ranges inside, same result twice, safe fixes', () => {
  fc.assert(
    fc.property(anyText, (text) => assertInput(engines, text, { limitMs: LIMIT_MS })),
    { seed: 20200226, numRuns: 150 },
  );
});

test('YAML-ish text built from the record vocabulary', () => {
  fc.assert(
    fc.property(yamlishText, (text) => assertInput(engines, text, { limitMs: LIMIT_MS })),
    { seed: 20191224, numRuns: 150 },
  );
});

test('samples mutated: lines deleted, duplicated, swapped, re-indented; bytes flipped; Unicode inserted', () => {
  fc.assert(
    fc.property(mutatedSample, (m) => assertInput(engines, m.text, { limitMs: LIMIT_MS })),
    { seed: 20230928, numRuns: 200 },
  );
});

test('large inputs up to 100 KB stay within the bound', () => {
  fc.assert(
    fc.property(largeText, (text) => assertInput(engines, text, { limitMs: LIMIT_MS, fixes: false })),
    { seed: 100_000, numRuns: 8 },
  );
});
