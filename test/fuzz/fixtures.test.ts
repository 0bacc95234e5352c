// Every input fuzzing ever failed on, replayed against every invariant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allFixtures } from './fixtures';
import { fuzzEngines, inputProblems } from './properties';

const engines = fuzzEngines();
const fixtures = allFixtures();

test('there are fixtures to replay', () => {
  assert.ok(fixtures.length >= 9, `${fixtures.length} fixtures`);
});

for (const f of fixtures) {
  test(`fixture ${f.name}: ${f.problem.slice(0, 80)}`, () => {
    assert.deepEqual(inputProblems(engines, f.text, { limitMs: f.limitMs ?? 5_000 }), []);
  });
}
