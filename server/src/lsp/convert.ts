// The one place where the engine's plain data becomes LSP types. Positions, ranges, text edits
// and severity numbers are already LSP-shaped; kinds and markdown need mapping, and snippets are
// flattened for clients that cannot insert them (see snippet-text.ts).
import {
  CompletionItemKind,
  CompletionItemTag,
  DiagnosticTag,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type Diagnostic as LspDiagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type SymbolInformation,
} from 'vscode-languageserver/node';
import type {
  CompletionItem as EngineCompletionItem,
  CompletionKind,
  Diagnostic,
  DocumentSymbol as EngineDocumentSymbol,
  FoldingRange as EngineFoldingRange,
  Hover as EngineHover,
  SymbolKind as SymbolKindName,
  WorkspaceSymbol as EngineWorkspaceSymbol,
} from '../engine';
import { snippetToPlain } from './snippet-text';

/** What the client can display, from its initialize capabilities. */
export interface ClientFeatures {
  snippets: boolean;
  markdown: boolean;
  deprecatedTag: boolean;
  relatedInformation: boolean;
  codeDescription: boolean;
  hierarchicalSymbols: boolean;
}

/**
 * `docsUri` is a local file URI of the rule reference (docs/rules.md) when it ships next to the
 * server; codes then link to their section. Never a network address.
 */
export function toLspDiagnostic(d: Diagnostic, uri: string, client: ClientFeatures, docsUri?: string): LspDiagnostic {
  const out: LspDiagnostic = { range: d.range, severity: d.severity, code: d.code, source: d.source, message: d.message };
  if (docsUri && client.codeDescription) out.codeDescription = { href: `${docsUri}#${d.code}` };
  if (d.related?.length && client.relatedInformation) {
    out.relatedInformation = d.related.map((r) => ({ location: { uri: r.uri ?? uri, range: r.range }, message: r.message }));
  }
  if (d.code === 'unused-suppression') out.tags = [DiagnosticTag.Unnecessary];
  return out;
}

const COMPLETION_KINDS: Record<CompletionKind, CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  enum: CompletionItemKind.EnumMember,
  rank: CompletionItemKind.Constant,
  unit: CompletionItemKind.Module,
  position: CompletionItemKind.Field,
  measure: CompletionItemKind.Unit,
  person: CompletionItemKind.Reference,
  snippet: CompletionItemKind.Snippet,
};

export function toCompletionItem(item: EngineCompletionItem, client: ClientFeatures): CompletionItem {
  const snippet = item.insertTextFormat === 'snippet';
  const newText = snippet && !client.snippets ? snippetToPlain(item.textEdit.newText) : item.textEdit.newText;
  const out: CompletionItem = {
    label: item.label,
    kind: COMPLETION_KINDS[item.kind] ?? CompletionItemKind.Text,
    textEdit: { range: item.textEdit.range, newText },
    insertTextFormat: snippet && client.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (item.detail !== undefined) out.detail = item.detail;
  if (item.documentation) out.documentation = client.markdown ? { kind: MarkupKind.Markdown, value: item.documentation } : item.documentation;
  if (item.filterText !== undefined) out.filterText = item.filterText;
  if (item.sortText !== undefined) out.sortText = item.sortText;
  if (item.additionalTextEdits?.length) out.additionalTextEdits = item.additionalTextEdits;
  if (item.deprecated) {
    if (client.deprecatedTag) out.tags = [CompletionItemTag.Deprecated];
    else out.deprecated = true;
  }
  return out;
}

export function toHover(h: EngineHover, client: ClientFeatures): Hover {
  const out: Hover = { contents: client.markdown ? { kind: MarkupKind.Markdown, value: h.contents } : h.contents };
  if (h.range) out.range = h.range;
  return out;
}

const SYMBOL_KINDS: Record<SymbolKindName, SymbolKind> = {
  meeting: SymbolKind.Event,
  person: SymbolKind.Object,
  directive: SymbolKind.Function,
  statistic: SymbolKind.Number,
  section: SymbolKind.Namespace,
  source: SymbolKind.File,
};

export function toSymbolKind(kind: SymbolKindName): SymbolKind {
  return SYMBOL_KINDS[kind] ?? SymbolKind.Field;
}

export function toDocumentSymbol(s: EngineDocumentSymbol): DocumentSymbol {
  const out: DocumentSymbol = { name: s.name || '—', kind: toSymbolKind(s.kind), range: s.range, selectionRange: s.selectionRange };
  if (s.detail) out.detail = s.detail;
  if (s.children?.length) out.children = s.children.map(toDocumentSymbol);
  return out;
}

/** Flat symbols for clients without hierarchical document symbol support. */
export function flattenSymbols(symbols: EngineDocumentSymbol[], uri: string, container?: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const s of symbols) {
    const info: SymbolInformation = { name: s.name || '—', kind: toSymbolKind(s.kind), location: { uri, range: s.range } };
    if (container) info.containerName = container;
    out.push(info);
    if (s.children?.length) out.push(...flattenSymbols(s.children, uri, s.name));
  }
  return out;
}

export function toFoldingRange(f: EngineFoldingRange): FoldingRange {
  const out: FoldingRange = { startLine: f.startLine, endLine: f.endLine };
  if (f.kind === 'comment') out.kind = FoldingRangeKind.Comment;
  return out;
}

export function toWorkspaceSymbol(s: EngineWorkspaceSymbol, uri: string): SymbolInformation {
  const out: SymbolInformation = { name: s.name, kind: toSymbolKind(s.kind), location: { uri, range: s.range } };
  if (s.detail) out.containerName = s.detail;
  return out;
}
