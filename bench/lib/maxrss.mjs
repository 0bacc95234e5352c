// Preloaded with `node --import` into a measured process: writes its peak RSS (MB, every thread
// included) to the file named by BENCH_MAXRSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  try {
    writeFileSync(process.env.BENCH_MAXRSS_FILE, String(process.resourceUsage().maxRSS / 1024));
  } catch {
    // nothing to report to
  }
});
