// Rule tags: groups of rules a configuration can set at once ("tags: { dates: warning }").
// A rule id set in `rules` always wins over its tag.
import { ALL_RULES } from '../rules';

export const RULE_TAGS: Readonly<Record<string, readonly string[]>> = {
  yaml: ['yaml-syntax', 'duplicate-key', 'yaml-too-deep', 'alias-limit', 'binary-content'],
  schema: ['unknown-key', 'missing-key', 'wrong-type', 'invalid-value', 'invalid-format', 'schema'],
  text: ['text-not-nfc', 'lookalike-letter', 'comma-in-flow-list'],
  catalog: ['unknown-rank', 'unknown-unit', 'unknown-position', 'unknown-measure', 'catalog-spelling', 'rank-not-in-force', 'unit-not-valid-at-date'],
  ranks: ['unknown-rank', 'rank-not-in-force', 'rank-above-ceiling', 'rank-contradicts-registry'],
  people: ['rank-contradicts-registry', 'unknown-issuer'],
  numbers: ['thousands-separator', 'count-not-integer', 'percent-out-of-range', 'negative-value', 'breakdown-exceeds-total', 'comparison-incomplete', 'target-mismatch', 'duplicate-statistic'],
  dates: ['date-format', 'impossible-date', 'period-mismatch', 'meeting-before-period', 'published-before-meeting', 'unit-not-valid-at-date'],
  suppressions: ['unused-suppression'],
};

/** The tags of a rule, in the order of RULE_TAGS. */
export function tagsOf(ruleId: string): string[] {
  return Object.keys(RULE_TAGS).filter((t) => RULE_TAGS[t].includes(ruleId));
}

/** Rule ids named by a tag that the registry does not know (a test keeps this empty). */
export function unknownTaggedRules(): string[] {
  const ids = new Set(ALL_RULES.map((r) => r.id));
  return Object.values(RULE_TAGS).flat().filter((id) => !ids.has(id));
}
