// Entry point of the `briefing` command, and of its worker threads (see parallel.ts).
import { readFileSync } from 'node:fs';
import { isMainThread, workerData } from 'node:worker_threads';
import { run } from './run';
import { runWorker, WORKER_KIND } from './parallel';

if (!isMainThread && (workerData as { kind?: string } | null)?.kind === WORKER_KIND) {
  runWorker(workerData);
} else {
  // A reader that stops early (`briefing validate … | head`) closes the pipe: end quietly, with
  // the exit code the run decided.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit();
      throw e;
    });
  }
  try {
    process.exitCode = run(process.argv.slice(2), {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      env: process.env,
      cwd: process.cwd(),
      isTTY: !!process.stdout.isTTY,
      stderrIsTTY: !!process.stderr.isTTY,
      readStdin: () => readFileSync(0, 'utf8'),
    });
  } catch (e) {
    process.stderr.write(`briefing: lỗi nội bộ / internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  }
}
