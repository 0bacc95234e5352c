// The editor features of the engine facade (completion, hover, symbols, folding, code actions).
// The server calls a feature only when the engine provides it, so this face keeps working with
// an engine that lacks one.
import type { Engine, Locale, ParsedRecord, Position, Range, Diagnostic } from '../engine';
import type {
  CodeAction,
  CompletionItem,
  CompletionKind,
  DocumentSymbol,
  FoldingRange,
  Hover,
  SymbolKind,
  WorkspaceSymbol,
} from '../engine/features/types';

export type {
  CompletionKind,
  CompletionItem as EngineCompletionItem,
  Hover as EngineHover,
  SymbolKind as SymbolKindName,
  DocumentSymbol as EngineDocumentSymbol,
  FoldingRange as EngineFoldingRange,
  WorkspaceSymbol as EngineWorkspaceSymbol,
  CodeAction as EngineCodeAction,
};

export interface EditorFeatures {
  complete(record: ParsedRecord, position: Position, options: { locale: Locale }): CompletionItem[];
  hover(record: ParsedRecord, position: Position, options: { locale: Locale }): Hover | null;
  documentSymbols(record: ParsedRecord): DocumentSymbol[];
  foldingRanges(record: ParsedRecord): FoldingRange[];
  workspaceSymbols(record: ParsedRecord): WorkspaceSymbol[];
  codeActions(record: ParsedRecord, range: Range, diagnostics: Diagnostic[]): CodeAction[];
}

/** The engine's implementation of a feature, bound to it, or undefined when it has none. */
export function feature<K extends keyof EditorFeatures>(engine: Engine, name: K): EditorFeatures[K] | undefined {
  const fn = (engine as unknown as Record<string, unknown>)[name];
  return typeof fn === 'function' ? (fn.bind(engine) as EditorFeatures[K]) : undefined;
}
