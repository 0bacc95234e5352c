// When an edited document is validated. The debounce exists to save work, not to make people
// wait: a document whose last validation was cheap is validated at once — on the next turn of
// the event loop, so changes already queued together are still validated once — and only a
// document whose last validation was expensive waits for typing to pause (the user's
// `briefing.validate.debounceMs`). Diagnostics are always computed from the text current when
// the validation runs, so coalescing never publishes stale results.

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setImmediate(run: () => void): unknown;
  clearImmediate(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
  setImmediate: (run) => setImmediate(run),
  clearImmediate: (h) => clearImmediate(h as NodeJS.Immediate),
};

/**
 * A validation at most this long is cheap: well under the ~150 ms between a fast typist's
 * keystrokes, so validating after every change keeps up and leaves the server responsive.
 */
export const CHEAP_VALIDATION_MS = 50;

export type Schedule = 'now' | 'debounced';

export class AdaptiveDebounce {
  private readonly pending = new Map<string, { handle: unknown; immediate: boolean }>();
  private readonly lastCost = new Map<string, number>();

  constructor(private readonly timers: Timers = realTimers) {}

  /** How long the last validation of `key` took (ms). */
  recordCost(key: string, ms: number): void {
    this.lastCost.set(key, ms);
  }

  /** Whether the next change of `key` is validated at once or waits `debounceMs`. */
  scheduleFor(key: string, debounceMs: number): Schedule {
    const cost = this.lastCost.get(key);
    // Never validated yet (no cost known): validating is what tells.
    return debounceMs <= 0 || cost === undefined || cost <= CHEAP_VALIDATION_MS ? 'now' : 'debounced';
  }

  /** Runs `validate` for `key` once, at once or after the debounce; a later call replaces it. */
  schedule(key: string, debounceMs: number, validate: () => void): Schedule {
    this.cancel(key);
    const when = this.scheduleFor(key, debounceMs);
    const run = () => {
      this.pending.delete(key);
      validate();
    };
    const immediate = when === 'now';
    this.pending.set(key, { handle: immediate ? this.timers.setImmediate(run) : this.timers.setTimeout(run, debounceMs), immediate });
    return when;
  }

  /** Drops a pending validation (the document was saved, closed, or validated otherwise). */
  cancel(key: string): void {
    const p = this.pending.get(key);
    if (!p) return;
    if (p.immediate) this.timers.clearImmediate(p.handle);
    else this.timers.clearTimeout(p.handle);
    this.pending.delete(key);
  }

  /** Forgets a closed document. */
  forget(key: string): void {
    this.cancel(key);
    this.lastCost.delete(key);
  }
}
