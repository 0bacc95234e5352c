// Every request handler runs through `guarded`: an exception is logged to the client's output
// and the request answers with an empty result, so one bad input never takes the server down.
// Cancellation errors pass through: they are answers, not failures.
import { ResponseError } from 'vscode-languageserver/node';

export type Logger = (message: string) => void;

export function describeError(e: unknown): string {
  return e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
}

export function guarded<A extends unknown[], R, F>(
  log: Logger,
  name: string,
  fallback: F,
  handler: (...args: A) => R | Promise<R>,
): (...args: A) => Promise<R | F> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      log(`[${name}] ${describeError(e)}`);
      return fallback;
    }
  };
}

/** For notifications: errors are logged, never thrown. */
export function guardedNotification<A extends unknown[]>(log: Logger, name: string, handler: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const r = handler(...args);
      if (r instanceof Promise) r.catch((e: unknown) => log(`[${name}] ${describeError(e)}`));
    } catch (e) {
      log(`[${name}] ${describeError(e)}`);
    }
  };
}
