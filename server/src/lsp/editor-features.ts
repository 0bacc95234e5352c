// The editor features of the engine facade (completion, hover, symbols, folding, code actions),
// described here by their plain-data signatures. The server calls a feature only when the engine
// provides it, so this face keeps working while a feature is missing.
import type { Engine, Locale, ParsedRecord, Position, Range, TextEdit, Diagnostic } from '../engine';

export type CompletionKind = 'key' | 'value' | 'enum' | 'rank' | 'unit' | 'position' | 'measure' | 'person' | 'snippet';

export interface EngineCompletionItem {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  filterText?: string;
  sortText?: string;
  textEdit: { range: Range; newText: string };
  insertTextFormat: 'plain' | 'snippet';
  deprecated?: boolean;
  additionalTextEdits?: TextEdit[];
}

export interface EngineHover {
  /** Markdown. */
  contents: string;
  range?: Range;
}

export type SymbolKindName = 'meeting' | 'person' | 'directive' | 'statistic' | 'section' | 'source';

export interface EngineDocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKindName;
  range: Range;
  selectionRange: Range;
  children?: EngineDocumentSymbol[];
}

export interface EngineFoldingRange {
  startLine: number;
  endLine: number;
}

export interface EngineWorkspaceSymbol {
  name: string;
  detail?: string;
  kind: SymbolKindName;
  range: Range;
}

export interface EngineCodeAction {
  title: string;
  kind: 'quickfix' | 'source.fixAll';
  diagnostics: Diagnostic[];
  edits: TextEdit[];
  /** The edits' new text is a snippet (VS Code syntax). */
  snippet?: boolean;
  isPreferred?: boolean;
}

export interface EditorFeatures {
  complete(record: ParsedRecord, position: Position, options: { locale: Locale }): EngineCompletionItem[];
  hover(record: ParsedRecord, position: Position, options: { locale: Locale }): EngineHover | null;
  documentSymbols(record: ParsedRecord): EngineDocumentSymbol[];
  foldingRanges(record: ParsedRecord): EngineFoldingRange[];
  workspaceSymbols(record: ParsedRecord): EngineWorkspaceSymbol[];
  codeActions(record: ParsedRecord, range: Range, diagnostics: Diagnostic[]): EngineCodeAction[];
}

/** The engine's implementation of a feature, bound to it, or undefined when it has none yet. */
export function feature<K extends keyof EditorFeatures>(engine: Engine, name: K): EditorFeatures[K] | undefined {
  const fn = (engine as unknown as Record<string, unknown>)[name];
  return typeof fn === 'function' ? (fn.bind(engine) as EditorFeatures[K]) : undefined;
}
