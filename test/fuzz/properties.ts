// One check of one input against every engine invariant, shared by the short deterministic
// slice (test/fuzz), the long run (test/fuzz-long) and the replay of saved failures.
import type { Engine } from '../../server/src/engine';
import { createEngine, loadAssets, type Assets } from '../../server/src/host/assets';
import { join } from 'node:path';
import { fixProblems, rangeProblems, sameDiagnostics, timedCheck } from './invariants';

export interface FuzzEngines {
  /** One engine for every input, as a long-running editor uses it. */
  main: Engine;
  /** An engine built anew every `freshEvery` inputs: results must not depend on history. */
  other(): Engine;
}

export function fuzzEngines(freshEvery = 100): FuzzEngines {
  const assets: Assets = loadAssets(join(__dirname, '..', '..', 'schemas'));
  const main = createEngine(assets);
  let other = createEngine(assets);
  let uses = 0;
  return {
    main,
    other() {
      if (++uses % freshEvery === 0) other = createEngine(assets);
      return other;
    },
  };
}

export interface CheckOptions {
  /** A call slower than this (best of three) is a failure. */
  limitMs: number;
  /** Whether to apply the fixes and check them (the costliest part). */
  fixes?: boolean;
}

/** Everything wrong with how the engine treats `text`; empty when every invariant holds. */
export function inputProblems(engines: FuzzEngines, text: string, opts: CheckOptions): string[] {
  const problems: string[] = [];
  let first;
  try {
    first = timedCheck(engines.main, text);
  } catch (e) {
    return [`check threw: ${e instanceof Error ? e.stack : String(e)}`];
  }
  let ms = first.ms;
  // The machine may be busy: a slow input is slow every time, so take the best of three.
  for (let i = 0; i < 2 && ms > opts.limitMs; i++) ms = Math.min(ms, timedCheck(engines.main, text).ms);
  if (ms > opts.limitMs) problems.push(`slow: ${ms.toFixed(0)} ms for ${text.length} characters (limit ${opts.limitMs} ms)`);
  problems.push(...rangeProblems(text, first.diagnostics));
  try {
    const again = engines.main.check(text, 'fuzz.briefing.yaml');
    const other = engines.other().check(text, 'fuzz.briefing.yaml');
    if (!sameDiagnostics(first.diagnostics, again)) problems.push('the same engine gives other diagnostics the second time');
    if (!sameDiagnostics(first.diagnostics, other)) problems.push('another engine gives other diagnostics');
    if (opts.fixes !== false) problems.push(...fixProblems(engines.main, text).problems);
  } catch (e) {
    problems.push(`threw: ${e instanceof Error ? e.stack : String(e)}`);
  }
  return problems;
}

/** For fast-check: throws with the problems and the text, so the counterexample says what broke. */
export function assertInput(engines: FuzzEngines, text: string, opts: CheckOptions): void {
  const problems = inputProblems(engines, text, opts);
  if (problems.length)
    throw new Error(`${problems.join('\n')}\ntext (${text.length} chars): ${JSON.stringify(text.length > 2000 ? text.slice(0, 2000) + '…' : text)}`);
}

/** `--runs N` and `--seed S` from the arguments `npm run fuzz -- …` passes in BRIEFING_FUZZ_ARGS. */
export function fuzzArgs(env = process.env): { runs?: number; seed?: number } {
  const args = (env.BRIEFING_FUZZ_ARGS ?? '').split(/\s+/).filter(Boolean);
  const value = (name: string) => {
    const i = args.findIndex((a) => a === name || a.startsWith(name + '='));
    if (i < 0) return undefined;
    const raw = args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} needs a whole number, got "${raw}"`);
    return n;
  };
  return { runs: value('--runs'), seed: value('--seed') };
}
