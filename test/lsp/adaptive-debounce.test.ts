// The adaptive debounce: a document cheap to validate is validated at once (coalescing only what
// is queued in the same turn), an expensive one waits for the pause; the real server validates a
// cheap record's edit even when the configured debounce is a minute. No timing is asserted: the
// timers are fakes that run when the test says so.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AdaptiveDebounce, CHEAP_VALIDATION_MS, type Timers } from '../../server/src/lsp/adaptive-debounce';
import { TestClient } from './helpers/lsp-client';
import { makeWorkspace, type TempWorkspace } from './helpers/workspace';
import { BROKEN } from './helpers/fixtures';

/** Timers that only record what was scheduled; the test fires them. */
function fakeTimers() {
  const queue: { kind: 'immediate' | 'timeout'; ms: number; run: () => void; cancelled: boolean }[] = [];
  const add = (kind: 'immediate' | 'timeout', run: () => void, ms: number) => {
    const t = { kind, ms, run, cancelled: false };
    queue.push(t);
    return t;
  };
  const cancel = (h: unknown) => ((h as { cancelled: boolean }).cancelled = true);
  const timers: Timers = {
    setTimeout: (run, ms) => add('timeout', run, ms),
    clearTimeout: cancel,
    setImmediate: (run) => add('immediate', run, 0),
    clearImmediate: cancel,
  };
  const live = () => queue.filter((t) => !t.cancelled);
  const fire = () => {
    for (const t of live()) {
      t.cancelled = true;
      t.run();
    }
  };
  return { timers, live, fire };
}

test('a document never validated, or cheap to validate, is validated at once', () => {
  const { timers, live, fire } = fakeTimers();
  const d = new AdaptiveDebounce(timers);
  const runs: string[] = [];
  assert.equal(
    d.schedule('a', 300, () => runs.push('a1')),
    'now',
  );
  d.recordCost('a', 2);
  assert.equal(
    d.schedule('a', 300, () => runs.push('a2')),
    'now',
  );
  assert.deepEqual(
    live().map((t) => t.kind),
    ['immediate'],
  );
  fire();
  assert.deepEqual(runs, ['a2'], 'changes queued in one turn are validated once, with the latest text');
  d.recordCost('a', CHEAP_VALIDATION_MS);
  assert.equal(d.scheduleFor('a', 300), 'now');
});

test('an expensive document waits for the pause; each change restarts the wait', () => {
  const { timers, live, fire } = fakeTimers();
  const d = new AdaptiveDebounce(timers);
  const runs: number[] = [];
  d.recordCost('big', CHEAP_VALIDATION_MS + 1);
  for (let v = 2; v <= 4; v++)
    assert.equal(
      d.schedule('big', 300, () => runs.push(v)),
      'debounced',
    );
  assert.deepEqual(
    live().map((t) => [t.kind, t.ms]),
    [['timeout', 300]],
  );
  fire();
  assert.deepEqual(runs, [4]);
  // Once it is cheap again (the user deleted most of it), it is validated at once again.
  d.recordCost('big', 1);
  assert.equal(
    d.schedule('big', 300, () => runs.push(5)),
    'now',
  );
});

test('a debounce of 0 always validates at once; each document has its own cost', () => {
  const { timers } = fakeTimers();
  const d = new AdaptiveDebounce(timers);
  d.recordCost('big', 500);
  assert.equal(d.scheduleFor('big', 0), 'now');
  assert.equal(d.scheduleFor('big', 300), 'debounced');
  assert.equal(d.scheduleFor('small', 300), 'now');
});

test('saving, closing or forgetting cancels a pending validation', () => {
  const { timers, live } = fakeTimers();
  const d = new AdaptiveDebounce(timers);
  d.recordCost('a', 900);
  d.schedule('a', 300, () => assert.fail('cancelled'));
  d.cancel('a');
  assert.equal(live().length, 0);
  d.schedule('a', 300, () => assert.fail('forgotten'));
  d.forget('a');
  assert.equal(live().length, 0);
  assert.equal(d.scheduleFor('a', 300), 'now', 'a reopened document starts without a known cost');
});

describe('the server with a one-minute debounce', () => {
  let ws: TempWorkspace;
  let client: TestClient;
  before(async () => {
    ws = makeWorkspace({});
    client = await TestClient.start({ folders: [ws.uri], settings: { validate: { debounceMs: 60_000 } } });
  });
  after(async () => {
    await client.stop();
    ws.remove();
  });

  test('a small record is re-validated after each edit without waiting for the debounce', async () => {
    const uri = ws.uriOf('small.briefing.yaml');
    client.open(uri, BROKEN);
    const codes = (await client.diagnostics(uri, { version: 1 })).map((d) => d.code);
    assert.ok(codes.includes('impossible-date'));
    // "2020-02-30" → "2020-02-20": the impossible date goes away, the other findings stay.
    const v2 = client.change(uri, [{ range: { start: { line: 3, character: 16 }, end: { line: 3, character: 17 } }, newText: '2' }]);
    assert.deepEqual(
      (await client.diagnostics(uri, { version: v2 })).map((d) => d.code),
      codes.filter((c) => c !== 'impossible-date'),
    );
    // A burst of edits ends with the diagnostics of the last version; versions only go forward.
    const start = client.published.length;
    let last = v2;
    for (const digit of ['3', '1', '0'])
      last = client.change(uri, [{ range: { start: { line: 3, character: 16 }, end: { line: 3, character: 17 } }, newText: digit }]);
    assert.ok((await client.diagnostics(uri, { version: last })).some((d) => d.code === 'impossible-date'));
    const versions = client.published
      .slice(start)
      .filter((p) => p.uri === uri)
      .map((p) => p.version as number);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
    );
  });
});
