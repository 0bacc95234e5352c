// Each file in samples/invalid breaks exactly one rule; its second line says which and where.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { newEngine, read, SAMPLES } from '../helpers/engine';
import { ALL_RULES } from '../../server/src/engine';

const engine = newEngine();
engine.setPeopleRegistry(read(join(SAMPLES, '.briefing', 'people.yaml')));
const dir = join(SAMPLES, 'invalid');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

for (const file of files) {
  test(`invalid sample ${file} reports exactly its rule at its line`, () => {
    const text = read(join(dir, file));
    const m = /^# expect: ([a-z-]+) line (\d+)$/m.exec(text);
    assert.ok(m, 'the file states what it expects');
    const got = engine.check(text, file).map((d) => `${d.code}@${d.range.start.line + 1}`);
    assert.deepEqual(got, [`${m[1]}@${m[2]}`]);
  });
}

test('every rule that can fire has an invalid sample', () => {
  const covered = new Set(files.map((f) => f.replace(/\.yaml$/, '')));
  const untestable = new Set(['schema', 'invalid-format', 'yaml-too-deep', 'alias-limit', 'binary-content']); // covered by bad-input tests
  // Cross-record rules need two records: test/engine/people-archive.test.ts covers each.
  const crossRecord = new Set(['rank-out-of-order', 'promotion-too-fast', 'person-ambiguous', 'person-name-spelling']);
  const missing = ALL_RULES.map((r) => r.id).filter((id) => !covered.has(id) && !untestable.has(id) && !crossRecord.has(id));
  assert.deepEqual(missing, []);
});
