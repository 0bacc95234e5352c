// Large runs bound the heap's growth between collections (host/heap.ts); small runs and a user's
// own setting are left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundHeapGrowth, LARGE_RUN } from '../../server/src/host/heap';

test('the heap growth is bounded from LARGE_RUN records on, unless the user set it', () => {
  assert.equal(boundHeapGrowth(2_000, []), false);
  assert.equal(boundHeapGrowth(LARGE_RUN - 1, []), false);
  assert.equal(boundHeapGrowth(100_000, ['--heap-growing-percent=50']), false);
  assert.equal(boundHeapGrowth(LARGE_RUN, []), true);
});
