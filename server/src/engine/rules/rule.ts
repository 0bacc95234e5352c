// What a rule is: an id, a default severity, tags, bilingual messages and docs, the fixes it can
// offer with their kind, and a check that reports findings on the parsed record. Rules never see
// the editor or the transport. `defineRule` derives what the docs, SARIF and `briefing rules`
// show (fixable, docs anchor) from the definition, so each fact is written once.
import type { Document } from 'yaml';
import type { Bilingual, Args } from '../i18n';
import type { FixKind, Range, SeverityName, Span } from '../types';
import type { ParsedRecord } from '../parse/parse-record';
import type { Catalog } from '../catalog/catalog';
import type { PeopleRegistry } from '../people/registry';

export type { FixKind };

/** What a rule can fix: 'safe' when --fix applies some of its fixes, 'suggestion' when it only offers them. */
export type Fixable = 'none' | FixKind;

export interface FixSpec {
  /** Message id (in the rule's messages) used as the fix title, with its arguments. Its kind is the rule's `fixes[titleId]`. */
  titleId: string;
  args?: Args;
  edits: { span: Span; newText: string }[];
  snippet?: boolean;
}

export interface Finding {
  span: Span;
  /** Overrides the rule's default severity for this finding. */
  severity?: SeverityName;
  messageId: string;
  args?: Args;
  fixes?: FixSpec[];
  related?: { span: Span; messageId: string; args?: Args }[];
  /** Places in other records that explain the problem (cross-record checks). */
  elsewhere?: { uri: string; range: Range; messageId: string; args?: Args }[];
}

export interface RuleContext {
  record: ParsedRecord;
  doc: Document;
  /** The document as plain data (never a prototype-polluted object: yaml defines own properties). */
  data: unknown;
  catalog: Catalog;
  people: PeopleRegistry;
  /** meeting.date when it is a valid ISO date. */
  recordDate?: string;
  report(finding: Finding): void;
  /** Whether a problem was already reported over this span (by the schema or an earlier rule). */
  reportedAt(span: Span): boolean;
}

/**
 * The tags rules are grouped by. A project configuration sets a tag's severity at once
 * (config/tags.ts); SARIF and `briefing rules` list them.
 */
export const RULE_TAG_NAMES = ['yaml', 'schema', 'text', 'catalog', 'ranks', 'people', 'numbers', 'dates', 'directives', 'suppressions'] as const;
export type RuleTag = (typeof RULE_TAG_NAMES)[number];

export interface RuleDefinition {
  id: string;
  severity: SeverityName;
  /** The groups the rule belongs to, in the order of RULE_TAG_NAMES. */
  tags: readonly RuleTag[];
  /** What the rule checks, for docs and hovers. */
  description: Bilingual;
  messages: Record<string, Bilingual>;
  /**
   * The rule reads the whole text, not one YAML document: it runs once per file (in a file of
   * several documents it would otherwise report each finding once per document), and still
   * runs when the YAML does not parse.
   */
  wholeText?: boolean;
  /** Every fix the rule can offer, by the message id of its title, with its kind. */
  fixes?: Readonly<Record<string, FixKind>>;
  check(ctx: RuleContext): void;
}

export interface Rule extends RuleDefinition {
  fixes: Readonly<Record<string, FixKind>>;
  fixable: Fixable;
  /** The rule's section of the rule reference, relative to the package root. */
  docs: string;
}

export const RULES_DOC = 'docs/rules.md';

export function defineRule(definition: RuleDefinition): Rule {
  const fixes = definition.fixes ?? {};
  for (const title of Object.keys(fixes)) {
    if (!definition.messages[title]) throw new Error(`rule ${definition.id}: the fix title "${title}" is not one of its messages`);
  }
  const kinds = Object.values(fixes);
  const fixable: Fixable = kinds.includes('safe') ? 'safe' : kinds.length ? 'suggestion' : 'none';
  return { ...definition, fixes, fixable, docs: `${RULES_DOC}#${definition.id}` };
}

/** The kind of a fix a rule produced: as declared; a snippet, or a title not declared, only as a suggestion. */
export function fixKind(rule: Rule, fix: FixSpec): FixKind {
  return !fix.snippet && rule.fixes[fix.titleId] === 'safe' ? 'safe' : 'suggestion';
}
