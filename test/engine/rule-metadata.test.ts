// Rules as complete modules: one file per rule id, metadata (tags, fixable, docs anchor) that the
// docs, SARIF and `briefing rules` read, and fix kinds that come from that metadata alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES, RULES_BY_ID, RULE_TAGS, fixAll, isSafeFix, tagsOf, type Rule } from '../../server/src/engine';
import { newEngine, BASE, withLine, ROOT } from '../helpers/engine';

const RULES_DIR = join(ROOT, 'server', 'src', 'engine', 'rules');

test('every rule id has its own file under engine/rules/ that defines it', () => {
  for (const rule of ALL_RULES) {
    const file = join(RULES_DIR, `${rule.id}.ts`);
    assert.ok(existsSync(file), `${rule.id}: no file rules/${rule.id}.ts`);
    assert.match(readFileSync(file, 'utf8'), new RegExp(`id: '${rule.id}'`), `${rule.id}: its file does not define it`);
  }
  assert.equal(new Set(ALL_RULES.map((r) => r.id)).size, ALL_RULES.length, 'rule ids are unique');
});

test('every rule file is in the registry', () => {
  const helpers = new Set([
    'index.ts',
    'rule.ts',
    'helpers.ts',
    'catalog-refs.ts',
    'statistics-view.ts',
    'unknown-value-check.ts',
    'usable-number.ts',
    'archive.ts',
  ]);
  const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && !helpers.has(f));
  assert.deepEqual(files.map((f) => f.replace(/\.ts$/, '')).sort(), ALL_RULES.map((r) => r.id).sort());
});

test('metadata: tags, a docs anchor that docs/rules.md has, fixable derived from the declared fixes', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
  for (const rule of ALL_RULES) {
    assert.ok(rule.tags.length > 0, `${rule.id}: no tags`);
    assert.equal(rule.docs, `docs/rules.md#${rule.id}`);
    assert.ok(doc.includes(`\n### \`${rule.id}\`\n`), `${rule.id}: no section in docs/rules.md`);
    const kinds = Object.values(rule.fixes);
    const expected = kinds.includes('safe') ? 'safe' : kinds.length ? 'suggestion' : 'none';
    assert.equal(rule.fixable, expected, rule.id);
    for (const title of Object.keys(rule.fixes)) assert.ok(rule.messages[title], `${rule.id}: fix title ${title} is not a message`);
    assert.deepEqual(tagsOf(rule.id), [...rule.tags], `${rule.id}: tags in the order of RULE_TAG_NAMES`);
  }
  // The configuration's tag index is built from the rules' own tags.
  for (const [tag, ids] of Object.entries(RULE_TAGS))
    assert.deepEqual(
      ids,
      ALL_RULES.filter((r) => (r.tags as readonly string[]).includes(tag)).map((r) => r.id),
      tag,
    );
});

test('what can be fixed without asking, rule by rule', () => {
  const by = (fixable: Rule['fixable']) => ALL_RULES.filter((r) => r.fixable === fixable).map((r) => r.id);
  assert.deepEqual(by('safe'), [
    'unknown-key',
    'wrong-type',
    'invalid-value',
    'text-not-nfc',
    'lookalike-letter',
    'catalog-spelling',
    'person-name-spelling',
    'decimal-comma-in-flow-map',
    'thousands-separator',
    'date-format',
    'period-mismatch',
  ]);
  // A dissolved unit's successor, another person, the sign of a change, another day: the user picks.
  assert.deepEqual(by('suggestion'), [
    'missing-key',
    'person-without-name',
    'unknown-rank',
    'unknown-unit',
    'unknown-position',
    'unknown-measure',
    'rank-contradicts-registry',
    'rank-out-of-order',
    'negative-value',
    'date-as-written-mismatch',
    'unit-not-valid-at-date',
    'unknown-issuer',
    'comma-in-flow-list',
  ]);
});

test('each fix carries the kind its rule declares, and --fix follows the declaration alone', () => {
  const engine = newEngine();
  const text = withLine(BASE, '  rank: Đại tướng', '  rank: Dai tuong');
  const diagnostic = () => engine.check(text).find((d) => d.code === 'catalog-spelling')!;
  const fix = diagnostic().fixes![0];
  assert.equal(fix.kind, 'safe');
  assert.equal(fix.preferred, true);
  assert.ok(isSafeFix(fix));
  assert.equal(fixAll(text, (t) => engine.check(t)).text, BASE);

  const rule = RULES_BY_ID.get('catalog-spelling')!;
  const declared = rule.fixes;
  rule.fixes = { useCanonical: 'suggestion' };
  try {
    const offered = diagnostic().fixes![0];
    assert.equal(offered.kind, 'suggestion');
    assert.equal(offered.preferred, false);
    assert.equal(fixAll(text, (t) => engine.check(t)).text, text, 'a suggestion is never applied by --fix');
  } finally {
    rule.fixes = declared;
  }
});

test('one rule, two kinds: a thousands separator in a count is safe to fix, elsewhere a suggestion', () => {
  const engine = newEngine();
  const count = withLine(BASE, '    value: 1457', '    value: 1.457');
  assert.deepEqual(
    engine
      .check(count)
      .flatMap((d) => d.fixes ?? [])
      .map((f) => f.kind),
    ['safe'],
  );
  const kinds = engine
    .check(count.replace('unit: vụ', 'unit: tỷ đồng'))
    .flatMap((d) => d.fixes ?? [])
    .map((f) => f.kind);
  assert.deepEqual(kinds, ['suggestion']);
});
