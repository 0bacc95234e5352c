// Preloaded with `node --expose-gc --import` into a measured server: twice a second it collects
// garbage and writes process.memoryUsage() (live heap, RSS) to the file named by BENCH_HEAP_FILE.
import { writeFileSync } from 'node:fs';

setInterval(() => {
  globalThis.gc?.();
  try {
    writeFileSync(process.env.BENCH_HEAP_FILE, JSON.stringify(process.memoryUsage()));
  } catch {
    // nothing to report to
  }
}, 500).unref();
