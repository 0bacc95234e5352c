// What a rule is: an id, a default severity, bilingual messages and docs, and a check that
// reports findings on the parsed record. Rules never see the editor or the transport.
import type { Document } from 'yaml';
import type { Bilingual, Args } from '../i18n';
import type { Range, SeverityName, Span } from '../types';
import type { ParsedRecord } from '../parse/parse-record';
import type { Catalog } from '../catalog/catalog';
import type { PeopleRegistry } from '../people/registry';

export interface FixSpec {
  /** Message id (in the rule's messages) used as the fix title, with its arguments. */
  titleId: string;
  args?: Args;
  edits: { span: Span; newText: string }[];
  snippet?: boolean;
  /** Offered but not applied by "fix all" / --fix (e.g. one of several candidates). */
  optional?: boolean;
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
}

export interface Rule {
  id: string;
  severity: SeverityName;
  /** What the rule checks, for docs and hovers. */
  description: Bilingual;
  messages: Record<string, Bilingual>;
  check(ctx: RuleContext): void;
}
