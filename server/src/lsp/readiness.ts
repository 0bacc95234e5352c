// The one readiness gate. The server answers `initialize` at once, then reads the settings and
// the workspace data files (stage 'ready') and scans the workspace folders for records (stage
// 'scanned'). Every handler of the server is registered through `Handlers`, which holds it until
// the stage it needs, so no request can see a half-loaded server.
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { guarded, guardedNotification, type Logger } from './safe';

export type Stage = 'ready' | 'scanned';

export class Readiness {
  private markReady!: () => void;
  private markScanned!: () => void;
  readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));
  readonly scanned = new Promise<void>((resolve) => (this.markScanned = resolve));

  /** Set by `initialize`: before it, requests are answered with ServerNotInitialized (-32002). */
  initializeReceived = false;
  /** Set by `shutdown`: after it, requests are answered with InvalidRequest. */
  shutdownReceived = false;

  /** The error a request gets at this point of the lifecycle, if any. */
  refusal(): ResponseError<void> | undefined {
    if (!this.initializeReceived) return new ResponseError(ErrorCodes.ServerNotInitialized, 'The server has not received initialize yet.');
    if (this.shutdownReceived) return new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down: only exit is accepted.');
    return undefined;
  }

  reached(stage: Stage): void {
    if (stage === 'scanned') this.markScanned();
    this.markReady();
  }

  until(stage: Stage): Promise<void> {
    return stage === 'scanned' ? this.scanned : this.ready;
  }
}

/**
 * Wraps handlers for registration: `request` and `notification` wait for their stage, then run
 * guarded (an exception is logged and answered with the fallback). `immediate` is for the
 * document-sync notifications, which must be recorded in order as they arrive; the diagnostics
 * they schedule wait for readiness in diagnostics.ts.
 */
export class Handlers {
  constructor(
    readonly gate: Readiness,
    private readonly log: Logger,
  ) {}

  request<A extends unknown[], R, F>(
    name: string,
    fallback: F,
    handler: (...args: A) => R | Promise<R>,
    stage: Stage = 'ready',
  ): (...args: A) => Promise<R | F> {
    const run = guarded(this.log, name, fallback, async (...args: A) => {
      await this.gate.until(stage);
      return handler(...args);
    });
    return (...args: A) => {
      const refused = this.gate.refusal();
      return refused ? Promise.reject(refused) : run(...args);
    };
  }

  notification<A extends unknown[]>(name: string, handler: (...args: A) => unknown, stage: Stage = 'ready'): (...args: A) => void {
    return guardedNotification(this.log, name, async (...args: A) => {
      await this.gate.until(stage);
      await handler(...args);
    });
  }

  immediate<A extends unknown[]>(name: string, handler: (...args: A) => unknown): (...args: A) => void {
    return guardedNotification(this.log, name, handler);
  }
}
