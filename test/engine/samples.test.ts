import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { newEngine, read, SAMPLES, brief } from '../helpers/engine';

const engine = newEngine();
engine.setPeopleRegistry(read(join(SAMPLES, '.briefing', 'people.yaml')));

const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.briefing.yaml'));

test('there are five samples, one per seed article', () => {
  assert.equal(samples.length, 5);
});

for (const file of samples) {
  test(`sample ${file} has no diagnostics`, () => {
    const diagnostics = engine.check(read(join(SAMPLES, file)), file);
    assert.deepEqual(diagnostics.map(brief), []);
  });
}

test('the samples people registry is itself valid', () => {
  assert.deepEqual(engine.setPeopleRegistry(read(join(SAMPLES, '.briefing', 'people.yaml'))).map(brief), []);
});
