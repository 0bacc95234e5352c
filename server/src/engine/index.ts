// The engine's public surface. Pure TypeScript: no editor, no transport, no file system.
export { Engine, type EngineOptions, type ValidateOptions } from './engine';
export { parseRecord, type ParsedRecord } from './parse/parse-record';
export { ALL_RULES, RULES_BY_ID, PERSON_RULE_IDS } from './rules';
export { timelines, type PersonTimeline, type TimelineRow } from './people/timeline';
export type { PersonNavigation, Location } from './people/navigation';
export { appearancesOf, type Appearance } from './people/appearances';
export type { Rule, Fixable } from './rules/rule';
export * from './types';
export { toLocale, format, type Bilingual } from './i18n';
export { fold, foldedMatches } from './text/fold';
export { LineIndex } from './text/lines';
export { applyEdits, fixAll, isSafeFix } from './fixes';
export type { CatalogData } from './catalog/types';
export type { SchemaNode } from './schema/annotations';
export { parseYamlValue } from './parse/yaml-value';
export type {
  CompletionItem,
  CompletionKind,
  Hover,
  DocumentSymbol,
  SymbolKind,
  FoldingRange,
  WorkspaceSymbol,
  CodeAction,
  CodeActionOptions,
  FeatureOptions,
  FeatureHost,
} from './features/types';
export { fixText, replacementEdit, UNFIXABLE_CODES, type FixOutcome } from './fix';
export { unifiedDiff } from './text/unified-diff';
export type { DataFileKind, DataText, ConfigFile } from './data-files';
export { configSchema, SEVERITY_WORDS, type SeveritySetting } from './config/schema';
export { RULE_TAGS, tagsOf } from './config/tags';
export { resolveSeverities, type SeverityLayer, type ResolvedSeverities, type ResolvedSeverity } from './config/severities';
export { configLayer, emptyConfig, DEFAULT_RECORD_GLOBS, DEFAULT_CATALOGS, DEFAULT_PEOPLE, type ProjectConfig } from './config/project-config';
export {
  draftRecord,
  writeDraft,
  stripDraftComments,
  placeholderWhat,
  splitSentences,
  sentenceAt,
  quoteAt,
  draftSourceRef,
  locateQuote,
  type Draft,
  type DraftOptions,
  type Provenance,
} from './draft';
export * as views from './views';
export { summarize, noteSummaryPeople, summaryArchiveRevision, type RecordSummary } from './summary';
