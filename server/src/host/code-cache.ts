// Loads a bundle (dist/cli-main.js, dist/server-main.js) with V8's code cache, so a start does
// not compile the same megabyte of JavaScript again. On Node ≥ 22.1 this is Node's own
// `module.enableCompileCache()`; on older Node the bundle is compiled through `vm.Script` with
// the cached data of an earlier start, written after the program has run a few seconds (so the
// functions start-up needs are in it). The cache lives in the user's own cache folder, never in
// a shared temporary folder; anything unexpected falls back to a plain require.
// BRIEFING_CODE_CACHE=off turns it off (to measure without it).
import Module, { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** When to write the cache after start-up: late enough to hold what answering a request needs. */
const WRITE_AFTER_MS = 3_000;

function cacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || (process.platform === 'win32' ? process.env.LOCALAPPDATA : undefined) || join(homedir(), '.cache');
  return join(base, 'briefing', 'code-cache');
}

type ModuleStatics = typeof Module & {
  enableCompileCache?: (dir?: string) => unknown;
  _nodeModulePaths(dir: string): string[];
  wrap(source: string): string;
};

/** Runs the CommonJS bundle `file` and returns its exports (callers load a bundle once). */
export function loadWithCodeCache(file: string): unknown {
  const M = Module as ModuleStatics;
  const plain = () => createRequire(file)(file) as unknown;
  if (process.env.BRIEFING_CODE_CACHE === 'off') return plain();
  if (typeof M.enableCompileCache === 'function') {
    try {
      M.enableCompileCache(join(cacheDir(), 'node'));
    } catch {
      // no cache: a slower start, nothing else
    }
    return plain();
  }
  let run: () => unknown;
  try {
    run = compileCached(M, file);
  } catch {
    return plain();
  }
  return run();
}

/** Compiles `file` as CommonJS with cached data; returns the function that runs it. */
function compileCached(M: ModuleStatics, file: string): () => unknown {
  const source = readFileSync(file, 'utf8');
  const st = statSync(file);
  const dir = cacheDir();
  const key = createHash('sha1').update(`${process.version}|${process.arch}|${file}|${st.size}|${st.mtimeMs}`).digest('hex');
  const cacheFile = join(dir, `${key}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // first start of this build
  }
  const script = new Script(M.wrap(source), { filename: file, cachedData });
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  const mod = new Module(file, undefined);
  mod.filename = file;
  mod.paths = M._nodeModulePaths(dirname(file));
  if (!cachedData || script.cachedDataRejected) {
    let written = false;
    const write = () => {
      if (written) return;
      written = true;
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        renameSync(tmp, cacheFile);
      } catch {
        // read-only home, full disk: the next start compiles again
      }
    };
    // A server writes it once warm; a short CLI run when it exits.
    setTimeout(write, WRITE_AFTER_MS).unref();
    process.once('exit', write);
  }
  return () => {
    wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
    return mod.exports;
  };
}
