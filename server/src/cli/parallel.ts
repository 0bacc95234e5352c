// `briefing validate` on several cores: the main thread and `jobs - 1` worker threads claim
// batches of records from one shared counter and validate them with the same validateFiles as
// a single-threaded run; results are put back in the sequential order, so the report is
// byte-for-byte the same. The main thread works too, and waits synchronously (Atomics and
// receiveMessageOnPort), so `run` stays a plain function.
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Engine } from '../engine';
import { validateFiles, type ValidateOptions, type ValidateRun } from './validate';
import { projectRootFor } from '../host/project';
import type { FileResult } from './result';
import { createEngine, loadAssets, type Assets } from '../host/assets';

/** Records per claim: small enough to balance two cores, large enough to keep messages rare. */
const BATCH = 25;
/** Below this many records per thread a worker costs more (start-up, engine) than it saves. */
const FILES_PER_JOB = 200;

export const WORKER_KIND = 'briefing-validate';

/**
 * Threads to use: the user's --jobs, else one per idle core while each gets FILES_PER_JOB
 * records. Cores other processes keep busy are not counted (like `make -l`): a worker sharing
 * a core costs its start-up (bundle, schema compile, warm-up) and gains nothing — measured on a
 * busy 2-core machine, two threads were slower than one.
 */
export function jobsFor(files: number, requested?: number, load = loadavg()[0]): number {
  const cores = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
  const idle = Math.max(1, Math.floor(cores - load + 0.5));
  const wanted = requested ?? Math.min(idle, Math.floor(files / FILES_PER_JOB));
  return Math.max(1, Math.min(wanted, Math.ceil(files / BATCH)));
}

interface BatchResult {
  batch: number;
  files: FileResult[];
  ioErrors: string[];
  notes: string[];
}

interface Plan {
  /** Files in the order a sequential run visits them (grouped by workspace root). */
  order: string[];
  /** Batches as [start, end) into `order`; a batch never spans two workspaces. */
  batches: [number, number][];
  /** Batches that start a workspace group: they keep that workspace's data-file results. */
  groupStarts: Set<number>;
}

function plan(files: string[]): Plan {
  const groups = new Map<string, string[]>();
  for (const f of files) {
    const root = projectRootFor(f);
    const g = groups.get(root);
    if (g) g.push(f);
    else groups.set(root, [f]);
  }
  const order: string[] = [];
  const batches: [number, number][] = [];
  const groupStarts = new Set<number>();
  for (const group of groups.values()) {
    groupStarts.add(batches.length);
    for (let i = 0; i < group.length; i += BATCH) batches.push([order.length + i, order.length + Math.min(group.length, i + BATCH)]);
    order.push(...group);
  }
  return { order, batches, groupStarts };
}

/** Validates one batch; data-file results are kept only where the group starts. */
function runBatch(engine: Engine, p: Plan, batch: number, opts: ValidateOptions): BatchResult {
  const [start, end] = p.batches[batch];
  const files = p.order.slice(start, end);
  const run = validateFiles(engine, files, opts);
  let results = run.result.files;
  if (!p.groupStarts.has(batch)) {
    const records = new Set(files.map((f) => relative(opts.cwd, f) || f));
    results = results.filter((r) => records.has(r.path));
  }
  return { batch, files: results, ioErrors: run.ioErrors, notes: run.notes };
}

/** Claims batches from the shared counter until none is left. */
function work(shared: Int32Array, engine: Engine, p: Plan, opts: ValidateOptions, done: (r: BatchResult) => void): void {
  for (;;) {
    const batch = Atomics.add(shared, 0, 1);
    if (batch >= p.batches.length) return;
    done(runBatch(engine, p, batch, opts));
  }
}

function workerScript(): string {
  // In the bundle (dist/cli.js) the worker is the bundle itself; from the sources (tests run
  // through tsx, whose loader the worker inherits) it is main.ts.
  return __filename.endsWith('.js') ? __filename : join(__dirname, 'main.ts');
}

export function validateFilesParallel(engine: Engine, files: string[], options: ValidateOptions, jobs: number, onDone?: (n: number) => void): ValidateRun {
  const started = performance.now();
  // Every thread indexes each project's archive once, from the same list of records.
  const opts = { ...options, archive: options.archive ?? files, run: options.run ?? {} };
  const p = plan(files);
  const shared = new Int32Array(new SharedArrayBuffer(8)); // [next batch, finished workers]
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  for (let i = 1; i < jobs; i++) {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(workerScript(), {
      // The parsed schema and catalogs travel with the worker: cloning beats parsing YAML again.
      workerData: { kind: WORKER_KIND, files, opts, shared, port: port2, assets: loadAssets() },
      transferList: [port2],
    });
    worker.unref();
    ports.push(port1);
    workers.push(worker);
  }

  const results = new Array<BatchResult | undefined>(p.batches.length);
  const batchSize = (b: number) => p.batches[b][1] - p.batches[b][0];
  let finished = 0;
  const failed = new Set<number>();
  /** Takes the workers' finished batches; true when any message came. */
  const drain = (): boolean => {
    let progress = false;
    for (const port of ports) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        progress = true;
        const msg = m.message as { result?: BatchResult; failedBatch?: number; done?: boolean };
        if (msg.result) {
          results[msg.result.batch] = msg.result;
          onDone?.(batchSize(msg.result.batch));
        }
        if (msg.failedBatch !== undefined) failed.add(msg.failedBatch);
        if (msg.done) finished++;
      }
    }
    return progress;
  };
  work(shared, engine, p, opts, (r) => {
    results[r.batch] = r;
    onDone?.(batchSize(r.batch));
    drain();
  });

  // Wait for the workers' batches; a worker that failed leaves its batches for this thread.
  const deadline = () => performance.now() + 120_000;
  let giveUpAt = deadline();
  while (finished < workers.length && performance.now() < giveUpAt) {
    const progress = drain();
    if (progress) giveUpAt = deadline();
    else if (finished < workers.length) Atomics.wait(shared, 1, Atomics.load(shared, 1), 20);
  }
  for (const port of ports) port.close();
  for (const w of workers) void w.terminate();

  const out: ValidateRun = { result: { files: [], elapsedMs: 0 }, ioErrors: [], notes: [] };
  for (let b = 0; b < p.batches.length; b++) {
    let r = results[b];
    if (!r) {
      r = runBatch(engine, p, b, opts);
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

/** The worker side: its own engine, the same claims, one message per batch. */
export function runWorker(data: { files: string[]; opts: ValidateOptions; shared: Int32Array; port: MessagePort; assets: Assets }): void {
  const { files, opts, shared, port } = data;
  try {
    const engine = createEngine(data.assets);
    const p = plan(files);
    for (;;) {
      const batch = Atomics.add(shared, 0, 1);
      if (batch >= p.batches.length) break;
      try {
        port.postMessage({ result: runBatch(engine, p, batch, opts) });
      } catch {
        port.postMessage({ failedBatch: batch });
      }
    }
  } finally {
    port.postMessage({ done: true });
    Atomics.add(shared, 1, 1);
    Atomics.notify(shared, 1);
    port.close();
  }
}
