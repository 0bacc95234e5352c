// The drafter measured against hand-written records: the test articles must reach precision 0.95
// and recall 0.85 for people and statistics; the five seed articles' figures are the ones
// published in docs/drafting.md (regenerate with `npm run docs:drafting`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../helpers/engine';
import { evaluate, formatTable, SEED_ARTICLES, TEST_ARTICLES } from '../../helpers/draft-corpus';
import { scores } from '../../helpers/draft-eval';

test('test articles: people and statistics reach precision 0.95 and recall 0.85', () => {
  const { totals, articles } = evaluate(TEST_ARTICLES);
  assert.ok(articles.length >= 10, 'at least ten test articles');
  console.log(formatTable(totals));
  for (const kind of ['people', 'statistics'] as const) {
    const { precision, recall } = scores(totals[kind]);
    assert.ok(precision >= 0.95, `${kind}: precision ${precision.toFixed(3)} < 0.95`);
    assert.ok(recall >= 0.85, `${kind}: recall ${recall.toFixed(3)} < 0.85`);
  }
});

test('seed articles: the figures in docs/drafting.md are the measured ones', () => {
  const { totals } = evaluate(SEED_ARTICLES);
  const table = formatTable(totals);
  const docs = readFileSync(join(ROOT, 'docs', 'drafting.md'), 'utf8');
  assert.ok(docs.includes(table), `docs/drafting.md is stale; run npm run docs:drafting. Measured:\n${table}`);
});
