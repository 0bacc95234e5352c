// The article corpora the drafter is measured on: the test articles with their expected records
// (test/fixtures/articles/NN-*.txt + .expected.yaml), and the five seed articles with the samples.
/* eslint-disable @typescript-eslint/no-explicit-any -- parsed YAML records are compared field by field; their shape is the schema's business */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, newEngine } from './engine';
import { draftRecord } from '../../server/src/engine';
import { add, compare, emptyTotals, KINDS, scores, type Kind, type Tally } from './draft-eval';

export interface Article {
  name: string;
  text: string;
  expected: Record<string, any>;
  /** The metadata a user passes on the command line: publication date and publisher. */
  options: { published?: string; publisher?: string };
}

function load(dir: string, expectedOf: (file: string) => string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const expected = parse(readFileSync(expectedOf(f), 'utf8'));
      return {
        name: f,
        text: readFileSync(join(dir, f), 'utf8'),
        expected,
        options: { published: expected.source?.published, publisher: expected.source?.publisher },
      };
    });
}

const ARTICLES = join(ROOT, 'test', 'fixtures', 'articles');
const SEEDS = join(ROOT, 'test', 'fixtures', 'seed-articles');

export const TEST_ARTICLES = (): Article[] => load(ARTICLES, (f) => join(ARTICLES, f.replace(/\.txt$/, '.expected.yaml')));
/** Seeds are drafted with the publication date only: the publisher is not measured. */
export const SEED_ARTICLES = (): Article[] =>
  load(SEEDS, (f) => join(ROOT, 'samples', f.replace(/\.txt$/, '.briefing.yaml'))).map((a) => ({ ...a, options: { published: a.options.published } }));

export function evaluate(corpus: () => Article[]): { totals: Record<Kind, Tally>; articles: { name: string; result: Record<Kind, Tally> }[] } {
  const engine = newEngine();
  const totals = emptyTotals();
  const articles = corpus().map((a) => {
    const result = compare(draftRecord(a.text, engine.catalogs, a.options).record, a.expected);
    for (const k of KINDS) totals[k] = add(totals[k], result[k]);
    return { name: a.name, result };
  });
  return { totals, articles };
}

export function formatTable(totals: Record<Kind, Tally>): string {
  const rows = KINDS.map((k) => {
    const t = totals[k];
    const { precision, recall } = scores(t);
    const found = (t as { found?: number }).found ?? t.matched;
    return `| ${k} | ${t.drafted} | ${t.expected} | ${t.matched} | ${found} | ${precision.toFixed(2)} | ${recall.toFixed(2)} |`;
  });
  return [
    '| kind | drafted | expected | drafted and right | expected and found | precision | recall |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
