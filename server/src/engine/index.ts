// The engine's public surface. Pure TypeScript: no editor, no transport, no file system.
export { Engine, type EngineOptions, type ValidateOptions } from './engine';
export { parseRecord, type ParsedRecord } from './parse/parse-record';
export { ALL_RULES, RULES_BY_ID, PERSON_RULE_IDS } from './rules';
export { timelines, type PersonTimeline, type TimelineRow } from './people/timeline';
export type { PersonNavigation, Location } from './people/navigation';
export type { Rule } from './rules/rule';
export * from './types';
export { toLocale, format, type Bilingual } from './i18n';
export { fold } from './text/fold';
export { LineIndex } from './text/lines';
export { applyEdits, fixAll } from './fixes';
export type { CatalogData } from './catalog/types';
export type { CompletionItem, CompletionKind, Hover, DocumentSymbol, SymbolKind, FoldingRange, WorkspaceSymbol, CodeAction, FeatureOptions, FeatureHost } from './features/types';
