// Rule tags: groups of rules a configuration can set at once ("tags: { dates: warning }").
// A rule id set in `rules` always wins over its tag. Each rule names its tags in its own file
// (rules/<id>.ts); this is the index by tag.
import { ALL_RULES, RULES_BY_ID } from '../rules';
import { RULE_TAG_NAMES } from '../rules/rule';

export const RULE_TAGS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  RULE_TAG_NAMES.map((tag) => [tag, ALL_RULES.filter((r) => r.tags.includes(tag)).map((r) => r.id)]),
);

/** The tags of a rule, in the order of RULE_TAG_NAMES. */
export function tagsOf(ruleId: string): string[] {
  const tags = RULES_BY_ID.get(ruleId)?.tags ?? [];
  return RULE_TAG_NAMES.filter((t) => tags.includes(t));
}

/** Rule ids named by a tag that the registry does not know (a test keeps this empty). */
export function unknownTaggedRules(): string[] {
  const ids = new Set(ALL_RULES.map((r) => r.id));
  return Object.values(RULE_TAGS)
    .flat()
    .filter((id) => !ids.has(id));
}
