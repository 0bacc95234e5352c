// The engine's public surface. Pure TypeScript: no editor, no transport, no file system.
export { Engine, type EngineOptions, type ValidateOptions } from './engine';
export { parseRecord, type ParsedRecord } from './parse/parse-record';
export { ALL_RULES, RULES_BY_ID } from './rules';
export type { Rule } from './rules/rule';
export * from './types';
export { toLocale, format, type Bilingual } from './i18n';
export { fold } from './text/fold';
export { LineIndex } from './text/lines';
export { applyEdits, fixAll } from './fixes';
export type { CatalogData } from './catalog/types';
export type { CompletionItem, CompletionKind, Hover, DocumentSymbol, SymbolKind, FoldingRange, WorkspaceSymbol, CodeAction, FeatureOptions, FeatureHost } from './features/types';
export { fixText, replacementEdit, UNFIXABLE_CODES, type FixOutcome } from './fix';
export { unifiedDiff } from './text/unified-diff';
export type { DataFileKind, DataText, ConfigFile } from './data-files';
export { configSchema, SEVERITY_WORDS, type SeveritySetting } from './config/schema';
export { RULE_TAGS, tagsOf } from './config/tags';
export { resolveSeverities, type SeverityLayer, type ResolvedSeverities, type ResolvedSeverity } from './config/severities';
export { configLayer, emptyConfig, DEFAULT_RECORD_GLOBS, DEFAULT_CATALOGS, DEFAULT_PEOPLE, type ProjectConfig } from './config/project-config';
