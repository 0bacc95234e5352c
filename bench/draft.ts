// `npm run bench` (last step), or alone: `node --import tsx bench/draft.ts`. Drafting time for a
// 2,000-word article (two seed articles back to back) and a 10,000-word one; the target is a
// median under 100 ms for 2,000 words. Exits 1 when the target is missed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, loadAssets } from '../server/src/host/assets';
import { draftRecord, writeDraft } from '../server/src/engine';

const SEEDS = join(__dirname, '..', 'test', 'fixtures', 'seed-articles');
const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');
const article2k = [seed('2023-09-28-so-ket-quy-3.txt'), seed('2020-02-06-tong-ket-van-phong-bo.txt')].join('\n\n');
const all = [
  '2019-12-24-hop-bao-cuoi-nam.txt',
  '2020-02-06-tong-ket-van-phong-bo.txt',
  '2020-02-26-giao-ban-thang-2.txt',
  '2020-06-25-so-ket-6-thang.txt',
  '2023-09-28-so-ket-quy-3.txt',
]
  .map(seed)
  .join('\n\n');
const article10k = [all, all].join('\n\n');
const words = (t: string) => t.split(/\s+/u).filter(Boolean).length;

const engine = createEngine(loadAssets(join(__dirname, '..', 'schemas')));
const catalog = engine.catalogs;

function time(text: string, rounds: number): { first: number; median: number; p95: number } {
  const once = () => {
    const t0 = performance.now();
    writeDraft(draftRecord(text, catalog, { published: '2023-09-29' }), text);
    return performance.now() - t0;
  };
  const first = once();
  for (let i = 0; i < 5; i++) once();
  const runs = Array.from({ length: rounds }, once).sort((a, b) => a - b);
  return { first, median: runs[Math.floor(runs.length / 2)], p95: runs[Math.floor(runs.length * 0.95)] };
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const small = time(article2k, 50);
const large = time(article10k, 20);
console.log('| article | words | first draft (builds the catalog readers) | median | p95 |');
console.log('| --- | ---: | ---: | ---: | ---: |');
console.log(`| two seeds | ${words(article2k)} | ${fmt(small.first)} | ${fmt(small.median)} | ${fmt(small.p95)} |`);
console.log(`| all seeds ×2 | ${words(article10k)} | ${fmt(large.first)} | ${fmt(large.median)} | ${fmt(large.p95)} |`);
if (small.median >= 100) {
  console.error(`drafting ${words(article2k)} words took ${fmt(small.median)} (median): the target is under 100 ms`);
  process.exit(1);
}
