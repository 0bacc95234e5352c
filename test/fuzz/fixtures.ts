// The inputs fuzzing found, kept in test/fixtures/fuzz/*.json: a text, or a piece repeated
// ("k{i}" numbered) for inputs too large to keep verbatim.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FuzzFixture {
  name: string;
  found: string;
  problem: string;
  text: string;
  /** Time bound for one check of this input, when it was found by being slow. */
  limitMs?: number;
}

interface Stored {
  found: string;
  problem: string;
  text?: string;
  repeat?: { head: string; piece: string; count: number; tail?: string };
  limitMs?: number;
}

export const FIXTURES_DIR = join(__dirname, '..', 'fixtures', 'fuzz');

export function loadFixture(name: string): FuzzFixture {
  const s = JSON.parse(readFileSync(join(FIXTURES_DIR, name + '.json'), 'utf8')) as Stored;
  const r = s.repeat;
  const text = s.text ?? r!.head + Array.from({ length: r!.count }, (_, i) => r!.piece.replace(/\{i\}/g, String(i))).join('') + (r!.tail ?? '');
  return { name, found: s.found, problem: s.problem, text, limitMs: s.limitMs };
}

export function allFixtures(): FuzzFixture[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => loadFixture(f.slice(0, -'.json'.length)));
}
