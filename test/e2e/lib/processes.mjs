// Processes the launchers start: each in its own process group (detached = setsid), stopped by
// that group's id only; loopback ports; a private HOME/TMPDIR/XDG_* for the tools.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder with home/, tmp/ and the XDG folders, and the environment that points there. */
export function makeTempRoot(prefix) {
  const base = process.env.BRIEFING_E2E_TMP || tmpdir();
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, `${prefix}-`));
  const env = { ...process.env };
  for (const [k, sub] of [
    ['HOME', 'home'],
    ['TMPDIR', 'tmp'],
    ['XDG_CONFIG_HOME', 'home/.config'],
    ['XDG_DATA_HOME', 'home/.local/share'],
    ['XDG_CACHE_HOME', 'home/.cache'],
    ['XDG_RUNTIME_DIR', 'runtime'],
  ]) {
    mkdirSync(join(dir, sub), { recursive: true, mode: 0o700 });
    env[k] = join(dir, sub);
  }
  // The tools must not pick up the repository's or the user's npm and node settings.
  delete env.NODE_OPTIONS;
  delete env.ELECTRON_RUN_AS_NODE;
  // A child that is still exiting may write into the folder while it is removed (ENOTEMPTY):
  // retry, and never fail a run over a temporary folder left behind.
  const remove = () => {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {
      /* left for the system's temporary-file clean-up */
    }
  };
  return { dir, env, remove };
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts `cmd` as the leader of a new process group, its output appended to `logFile`. */
export function startGroup(cmd, args, { env, cwd, logFile }) {
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(cmd, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = false;
  child.on('exit', () => (exited = true));
  return {
    pid: child.pid,
    child,
    logFile,
    /** SIGTERM to the whole group, SIGKILL after `graceMs` if anything is left. */
    async stop(graceMs = 3000) {
      const signalGroup = (sig) => {
        try {
          process.kill(-child.pid, sig);
          return true;
        } catch {
          return false; // the group is gone
        }
      };
      if (!signalGroup('SIGTERM')) return;
      const deadline = Date.now() + graceMs;
      while (Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        if (!signalGroup(0)) return;
      }
      signalGroup('SIGKILL');
      if (!exited) await new Promise((r) => setTimeout(r, 200));
    },
  };
}

/** Polls `url` until it answers (any HTTP status below 500). */
export async function waitForHttp(url, timeoutMs, isAlive = () => true) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    if (!isAlive()) throw new Error(`the server exited before answering ${url}`);
    if (Date.now() > deadline) throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export function tail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Stopped from outside (Ctrl+C, a test runner's time-out): closes the browser (when one was
 * started), then stops the editor's process group, and exits with status 1.
 */
export function stopOnSignals(group, browser = () => undefined) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      console.error(`e2e: ${signal}, stopping the editor`);
      void Promise.resolve(browser()?.context.close())
        .catch(() => {})
        .then(() => group.stop())
        .finally(() => process.exit(1));
    });
  }
}
