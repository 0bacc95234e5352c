// The progress line of a long `briefing validate` on a terminal: files done / total and the
// rate, redrawn in place on stderr at most every 100 ms and erased at the end. Nothing when
// stderr is not a terminal (CI logs, pipes), so reports and logs stay clean.

export interface Progress {
  /** `n` more files are done. */
  add(n: number): void;
  /** Shows the final count and erases the line. */
  end(): void;
}

const NONE: Progress = { add: () => undefined, end: () => undefined };

export function createProgress(total: number, write: ((s: string) => void) | undefined, locale: 'vi' | 'en'): Progress {
  if (!write || total === 0) return NONE;
  const started = performance.now();
  let done = 0;
  let shownAt = -Infinity;
  const show = () => {
    const secs = (performance.now() - started) / 1000;
    const rate = secs > 0 ? Math.round(done / secs) : 0;
    const line = locale === 'en' ? `${done}/${total} files · ${rate} files/s` : `${done}/${total} tệp · ${rate} tệp/s`;
    write(`\r${line}\u001b[K`);
  };
  return {
    add(n) {
      done += n;
      const now = performance.now();
      if (now - shownAt >= 100) {
        shownAt = now;
        show();
      }
    },
    end() {
      show();
      write('\r\u001b[K');
    },
  };
}
