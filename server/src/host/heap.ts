// A whole archive in one run (the CLI) or one workspace (the server's scan) keeps what every
// record says about people in memory, and V8 lets its heap grow to about twice what is alive
// before it collects. For large runs the growth between collections is bounded, so the peak stays
// near what the run needs, at the cost of more collections. Measured over 100,000 records in the
// CLI on one thread: peak RSS 986 MB → 385–421 MB (growth 15–30%), time 73 s → 84–89 s. A server
// validating a workspace of 10,000 records: 985 MB and 15.5 s by default; growth 20%: 497 MB,
// 21.1 s; 35%: 550 MB, 19.0 s; 50%: 585 MB, 17.8 s — the server takes 50% (a scan the user waits
// for). Small runs keep V8's default (over 2,000 records the bound cost ~10% of the time and saved
// little).
import { setFlagsFromString } from 'node:v8';

/** From this many records on, the heap's growth is bounded. */
export const LARGE_RUN = 10_000;
/** The growth between collections a CLI run allows (its peak matters more than its seconds). */
export const RUN_GROWTH_PERCENT = 20;
/** The growth the server's workspace scan allows. */
export const SCAN_GROWTH_PERCENT = 50;

/** Bounds the heap's growth for a run over `records` records, unless the user chose a growth (`node --heap-growing-percent=…`). */
export function boundHeapGrowth(records: number, execArgv: readonly string[] = process.execArgv, percent = RUN_GROWTH_PERCENT): boolean {
  if (records < LARGE_RUN || execArgv.some((a) => a.startsWith('--heap-growing-percent'))) return false;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  return true;
}
