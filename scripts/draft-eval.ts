// Prints the drafter's precision and recall on the test articles and on the five seed articles;
// with --docs, writes the seed table into docs/drafting.md (between its markers).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, formatTable, SEED_ARTICLES, TEST_ARTICLES } from '../test/helpers/draft-corpus';
import { ROOT } from '../test/helpers/engine';
import { KINDS } from '../test/helpers/draft-eval';

const tests = evaluate(TEST_ARTICLES);
const seeds = evaluate(SEED_ARTICLES);
console.log(`Test articles (${tests.articles.length}):\n${formatTable(tests.totals)}\n`);
console.log(`Seed articles (${seeds.articles.length}):\n${formatTable(seeds.totals)}\n`);
for (const a of seeds.articles) console.log(a.name, KINDS.map((k) => `${k} ${a.result[k].matched}/${a.result[k].drafted}/${a.result[k].expected}`).join(' · '));
if (process.argv.includes('--docs')) {
  const path = join(ROOT, 'docs', 'drafting.md');
  const doc = readFileSync(path, 'utf8');
  const begin = '<!-- seed-figures:begin -->';
  const end = '<!-- seed-figures:end -->';
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i < 0 || j < 0) throw new Error('docs/drafting.md has no seed-figures markers');
  writeFileSync(path, `${doc.slice(0, i + begin.length)}\n${formatTable(seeds.totals)}\n${doc.slice(j)}`);
  console.log('docs/drafting.md written');
}
