// Types for generate.mjs, for the TypeScript tests that use the generator.
export function rng(seed: number): { next(): number; int(lo: number, hi: number): number; pick<T>(list: readonly T[]): T };
export function makeRecord(seed: number, targetLines: number): string;
export const PLANTED: { code: string; schema: boolean; apply(lines: string[]): number }[];
export function generate(
  outDir: string,
  options?: { records?: number; seed?: number },
): {
  sizes: Record<string, { file: string; path: string; lines: number; bytes: number }>;
  dir: string;
  manifest: { file: string; line: number; code: string; schema: boolean }[];
};
