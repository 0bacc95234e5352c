// Plain data returned by the editor features (completion, hover, symbols, folding, code actions).
// Shaped like the Language Server Protocol's types so the server can pass them through; no
// transport or editor package is imported here.
import type { Catalog } from '../catalog/catalog';
import type { PeopleRegistry } from '../people/registry';
import type { SchemaNav } from '../schema/schema-nav';
import type { Diagnostic, Locale, Range, TextEdit } from '../types';

export type CompletionKind = 'key' | 'value' | 'enum' | 'rank' | 'unit' | 'position' | 'measure' | 'person' | 'snippet';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Starts with the text already typed in `textEdit.range`, so an editor's own filter keeps the item. */
  filterText: string;
  /** Zero-padded position in the list: the list order is the intended order. */
  sortText: string;
  textEdit: TextEdit;
  insertTextFormat: 'plain' | 'snippet';
  deprecated?: boolean;
  additionalTextEdits?: TextEdit[];
}

export interface FeatureOptions {
  locale?: Locale;
}

export interface Hover {
  /** Markdown. */
  contents: string;
  range: Range;
}

export type SymbolKind = 'meeting' | 'person' | 'directive' | 'statistic' | 'section' | 'source';

export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}

export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind?: 'comment';
}

export interface WorkspaceSymbol {
  name: string;
  detail: string;
  kind: SymbolKind;
  range: Range;
}

export interface CodeAction {
  title: string;
  kind: 'quickfix' | 'source.fixAll';
  diagnostics: Diagnostic[];
  edits: TextEdit[];
  /** The edits are snippets (VS Code syntax): insert them as snippets, do not apply blindly. */
  snippet?: boolean;
  isPreferred?: boolean;
  /** "Fix all" offered without its edits (options.deferFixAll): the face resolves it when chosen. */
  deferred?: boolean;
}

export interface CodeActionOptions extends FeatureOptions {
  /**
   * Offer "fix all" without computing its edits (nor listing its diagnostics): an editor asks
   * for code actions at every cursor move, and the fix pass is the costly part. The face then
   * computes it with `deferFixAll: false` when the user picks it.
   */
  deferFixAll?: boolean;
}

/** What the features need from the engine (the Engine facade satisfies it). */
export interface FeatureHost {
  readonly catalogs: Catalog;
  readonly schemaNav: SchemaNav;
  readonly people: PeopleRegistry;
}
