// `briefing validate` on several cores: the main thread and `jobs - 1` worker threads work in
// two phases, each claiming its pieces from a shared counter (cli/parallel-plan.ts).
//   1. Index: every thread reads and parses the index units it claims, keeps the parses of the
//      records it may validate and sends what they say about people to the main thread, which
//      then hands every thread the whole people index (cli/shared-index.ts).
//   2. Validate: every thread validates the batches it holds parses for first, then takes any
//      batch left, with the same validateFiles as a single-threaded run.
// Results are put back in the sequential order, so the report is byte-for-byte the same. The
// main thread works too, and waits synchronously (Atomics and receiveMessageOnPort), so `run`
// stays a plain function.
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Engine } from '../engine';
import { validateFiles, type ValidateOptions, type ValidateRun } from './validate';
import type { FileResult } from './result';
import { createEngine, loadAssets, type Assets } from '../host/assets';
import { KEEP_MAX_RECORDS, KeptRecords } from './archive';
import { BATCH, makePlan, type Plan } from './parallel-plan';
import { SharedIndex, indexUnit, type UnitEntries } from './shared-index';

/**
 * Below this many records per thread a worker costs more than it saves: its start-up (bundle,
 * schema compile) and its copy of the people index. Measured on 2 vCPUs (which run two processes
 * at once 1.6 times slower than one: they share a core): 2,000 records took 2.07 s on one thread
 * and 2.45 s on two; 5,000 records 4.63 s and 4.31 s.
 */
const FILES_PER_JOB = 2500;
/**
 * Every thread holds the whole people index, and the main thread hands it to each worker: beyond
 * this many records the default is one thread. Measured on 2 vCPUs: 20,000 records took 14.5 s and
 * 835 MB on one thread, 16.7 s and 2.2 GB on two; 100,000 records 108 s and 6.5 GB on two.
 */
const MAX_RECORDS_FOR_THREADS = 10_000;
/** A worker silent this long is given up on; the main thread does what it left. */
const PATIENCE_MS = 120_000;

export const WORKER_KIND = 'briefing-validate';

/**
 * Threads to use: the user's --jobs, else one per idle core while each gets FILES_PER_JOB
 * records, and one for a whole archive (MAX_RECORDS_FOR_THREADS). Cores other processes keep
 * busy are not counted (like `make -l`): a worker sharing a core costs its start-up (bundle,
 * schema compile, warm-up) and gains nothing — measured on a busy 2-core machine, two threads
 * were slower than one.
 */
export function jobsFor(files: number, requested?: number, load = loadavg()[0]): number {
  const cores = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
  const idle = Math.max(1, Math.floor(cores - load + 0.5));
  const wanted = requested ?? (files > MAX_RECORDS_FOR_THREADS ? 1 : Math.min(idle, Math.floor(files / FILES_PER_JOB)));
  return Math.max(1, Math.min(wanted, Math.ceil(files / BATCH)));
}

interface BatchResult {
  batch: number;
  files: FileResult[];
  ioErrors: string[];
  notes: string[];
}

/** Shared counters: [next index unit, index units done, index handed out, finished workers, claimed flag per batch…]. */
const NEXT_UNIT = 0;
const UNITS_DONE = 1;
const INDEX_READY = 2;
const WORKERS_DONE = 3;
const CLAIMS = 4;

interface Thread {
  engine: Engine;
  plan: Plan;
  opts: ValidateOptions;
  shared: Int32Array;
  kept: KeptRecords;
  validated: ReadonlySet<string>;
}

function newThread(engine: Engine, plan: Plan, opts: ValidateOptions, shared: Int32Array): Thread {
  const records = plan.projects.reduce((n, p) => n + p.archive.length, 0);
  return { engine, plan, opts, shared, kept: new KeptRecords(records > KEEP_MAX_RECORDS ? 0 : undefined), validated: new Set(plan.order) };
}

/** Phase 1: claims index units until none is left. */
function indexUnits(t: Thread, done: (unit: number, entries: UnitEntries | undefined) => void): void {
  for (;;) {
    const unit = Atomics.add(t.shared, NEXT_UNIT, 1);
    if (unit >= t.plan.units.length) return;
    let entries: UnitEntries | undefined;
    try {
      entries = indexUnit(t.engine, t.plan, unit, t.validated, t.kept, t.opts.maxFileBytes);
    } catch {
      entries = undefined; // the main thread indexes it again
    }
    done(unit, entries);
  }
}

/** Phase 2: the batches this thread holds parses for, then any left. */
function* claims(t: Thread, index: SharedIndex): Generator<number> {
  const { plan, shared } = t;
  for (let b = 0; b < plan.batches.length; b++) {
    if (index.holds(plan.order[plan.batches[b][0]]) && Atomics.compareExchange(shared, CLAIMS + b, 0, 1) === 0) yield b;
  }
  for (let b = 0; b < plan.batches.length; b++) if (Atomics.compareExchange(shared, CLAIMS + b, 0, 1) === 0) yield b;
}

/** Validates one batch; data-file results are kept only where the project's group starts. */
function runBatch(t: Thread, index: SharedIndex, batch: number): BatchResult {
  const [start, end] = t.plan.batches[batch];
  const files = t.plan.order.slice(start, end);
  const run = validateFiles(t.engine, files, t.opts, undefined, index);
  let results = run.result.files;
  if (!t.plan.groupStarts.includes(batch)) {
    const records = new Set(files.map((f) => relative(t.opts.cwd, f) || f));
    results = results.filter((r) => records.has(r.path));
  }
  return { batch, files: results, ioErrors: run.ioErrors, notes: run.notes };
}

function workerScript(): string {
  // In the bundle (dist/cli.js) the worker is the bundle itself; from the sources (tests run
  // through tsx, whose loader the worker inherits) it is main.ts.
  return __filename.endsWith('.js') ? __filename : join(__dirname, 'main.ts');
}

/** Waits for `progress` to return true, giving up after PATIENCE_MS without any. */
function waitFor(shared: Int32Array, slot: number, finished: () => boolean, progress: () => boolean): void {
  let giveUpAt = performance.now() + PATIENCE_MS;
  while (!finished() && performance.now() < giveUpAt) {
    if (progress()) giveUpAt = performance.now() + PATIENCE_MS;
    else Atomics.wait(shared, slot, Atomics.load(shared, slot), 20);
  }
}

export function validateFilesParallel(engine: Engine, files: string[], options: ValidateOptions, jobs: number, onDone?: (n: number) => void): ValidateRun {
  const started = performance.now();
  const opts = { ...options, archive: options.archive ?? files };
  const plan = makePlan(engine, files, opts);
  const shared = new Int32Array(new SharedArrayBuffer(4 * (CLAIMS + plan.batches.length)));
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  for (let i = 1; i < jobs; i++) {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(workerScript(), {
      // The parsed schema and catalogs travel with the worker: cloning beats parsing YAML again.
      workerData: { kind: WORKER_KIND, plan, opts, shared, port: port2, assets: loadAssets() },
      transferList: [port2],
    });
    worker.unref();
    ports.push(port1);
    workers.push(worker);
  }
  const t = newThread(engine, plan, opts, shared);

  // Phase 1: the index, built together; a unit a worker failed or left is indexed here.
  const entries = new Array<UnitEntries | undefined>(plan.units.length);
  const results = new Array<BatchResult | undefined>(plan.batches.length);
  const batchSize = (b: number) => plan.batches[b][1] - plan.batches[b][0];
  let finished = 0;
  const failedUnits = new Set<number>();
  const drain = (): boolean => {
    let progress = false;
    for (const port of ports) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        progress = true;
        const msg = m.message as { unit?: number; entries?: UnitEntries; failedUnit?: number; result?: BatchResult; done?: boolean };
        if (msg.entries) entries[msg.unit!] = msg.entries;
        if (msg.failedUnit !== undefined) failedUnits.add(msg.failedUnit);
        if (msg.result) {
          results[msg.result.batch] = msg.result;
          onDone?.(batchSize(msg.result.batch));
        }
        if (msg.done) finished++;
      }
    }
    return progress;
  };
  indexUnits(t, (unit, e) => {
    entries[unit] = e;
    drain();
  });
  const indexed = () => finished >= workers.length || entries.every((e, u) => e !== undefined || failedUnits.has(u));
  waitFor(shared, UNITS_DONE, indexed, drain);
  for (let u = 0; u < plan.units.length; u++) entries[u] ??= indexUnit(engine, plan, u, t.validated, t.kept, opts.maxFileBytes);
  for (const port of ports) port.postMessage({ index: entries });
  Atomics.store(shared, INDEX_READY, 1);
  Atomics.notify(shared, INDEX_READY);

  // Phase 2: validation; a batch a worker failed or left is validated here.
  const index = new SharedIndex(plan, entries as UnitEntries[], t.kept);
  for (const b of claims(t, index)) {
    results[b] = runBatch(t, index, b);
    onDone?.(batchSize(b));
    drain();
  }
  waitFor(shared, WORKERS_DONE, () => finished >= workers.length, drain);
  for (const port of ports) port.close();
  for (const w of workers) void w.terminate();

  const out: ValidateRun = { result: { files: [], elapsedMs: 0 }, ioErrors: [], notes: [] };
  for (let b = 0; b < plan.batches.length; b++) {
    let r = results[b];
    if (!r) {
      r = runBatch(t, index, b);
      onDone?.(batchSize(b));
    }
    out.result.files.push(...r.files);
    out.ioErrors.push(...r.ioErrors);
    out.notes.push(...r.notes);
  }
  out.ioErrors = [...new Set(out.ioErrors)]; // a project's bad configuration, once
  out.result.elapsedMs = performance.now() - started;
  return out;
}

/** Waits for the main thread's whole index (phase 1 is over). */
function receiveIndex(shared: Int32Array, port: MessagePort): UnitEntries[] | undefined {
  const giveUpAt = performance.now() + PATIENCE_MS;
  while (performance.now() < giveUpAt) {
    if (Atomics.load(shared, INDEX_READY) === 1) {
      const m = receiveMessageOnPort(port);
      if (m) return (m.message as { index: UnitEntries[] }).index;
    }
    Atomics.wait(shared, INDEX_READY, 0, 20);
  }
  return undefined;
}

/** The worker side: its own engine, the same claims, one message per index unit and per batch. */
export function runWorker(data: { plan: Plan; opts: ValidateOptions; shared: Int32Array; port: MessagePort; assets: Assets }): void {
  const { plan, opts, shared, port } = data;
  try {
    const t = newThread(createEngine(data.assets), plan, opts, shared);
    indexUnits(t, (unit, entries) => {
      port.postMessage(entries ? { unit, entries } : { failedUnit: unit });
      Atomics.add(shared, UNITS_DONE, 1);
      Atomics.notify(shared, UNITS_DONE);
    });
    const entries = receiveIndex(shared, port);
    if (!entries) return;
    const index = new SharedIndex(plan, entries, t.kept);
    for (const b of claims(t, index)) {
      // A batch that fails here is left without a result: the main thread validates it again.
      try {
        port.postMessage({ result: runBatch(t, index, b) });
      } catch {
        // see above
      }
    }
  } finally {
    port.postMessage({ done: true });
    Atomics.add(shared, WORKERS_DONE, 1);
    Atomics.notify(shared, WORKERS_DONE);
    port.close();
  }
}
