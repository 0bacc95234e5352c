// Preloaded with `node --expose-gc --import` into a measured server: on SIGUSR2 it collects
// garbage and writes process.memoryUsage() (live heap, RSS) and the peak RSS so far (maxRss, bytes)
// to the file named by BENCH_HEAP_FILE.
import { writeFileSync } from 'node:fs';

process.on('SIGUSR2', () => {
  globalThis.gc?.();
  try {
    writeFileSync(process.env.BENCH_HEAP_FILE, JSON.stringify({ ...process.memoryUsage(), maxRss: process.resourceUsage().maxRSS * 1024 }));
  } catch {
    // nothing to report to
  }
});
