// Requests that only read one parsed record (or all of them): completion, hover, symbols,
// folding. Each asks the engine of the record's project and converts the answer.
import type { CancellationToken, CompletionList, DocumentSymbol, FoldingRange, Hover, Position, SymbolInformation } from 'vscode-languageserver/node';
import { foldedMatches, type Locale } from '../engine';
import { flattenSymbols, toCompletionItem, toDocumentSymbol, toFoldingRange, toHover, toWorkspaceSymbol, type ClientFeatures } from './convert';
import type { Workspace } from './workspace';

export const MAX_WORKSPACE_SYMBOLS = 1000;

export function completion(ws: Workspace, client: ClientFeatures, uri: string, position: Position, locale: Locale): CompletionList | null {
  ws.notePeopleOfOpenDocuments();
  const ref = ws.get(uri);
  if (!ref) return null;
  const items = ref.project.engine.complete(ref.record, position, { locale });
  return { isIncomplete: false, items: items.map((i) => toCompletionItem(i, client)) };
}

export function hover(ws: Workspace, client: ClientFeatures, uri: string, position: Position, locale: Locale): Hover | null {
  ws.notePeopleOfOpenDocuments();
  const ref = ws.get(uri);
  if (!ref) return null;
  const h = ref.project.engine.hover(ref.record, position, { locale });
  return h && h.contents ? toHover(h, client) : null;
}

export function documentSymbols(ws: Workspace, client: ClientFeatures, uri: string, locale: Locale): DocumentSymbol[] | SymbolInformation[] {
  const ref = ws.get(uri);
  if (!ref) return [];
  const symbols = ref.project.engine.documentSymbols(ref.record, { locale });
  return client.hierarchicalSymbols ? symbols.map(toDocumentSymbol) : flattenSymbols(symbols, ref.uri);
}

export function foldingRanges(ws: Workspace, uri: string): FoldingRange[] {
  const ref = ws.get(uri);
  if (!ref) return [];
  return ref.project.engine
    .foldingRanges(ref.record)
    .filter((f) => f.endLine > f.startLine)
    .map(toFoldingRange);
}

export async function workspaceSymbols(ws: Workspace, query: string, token: CancellationToken): Promise<SymbolInformation[]> {
  const out: SymbolInformation[] = [];
  for (const ref of ws.allRecords()) {
    if (token.isCancellationRequested || out.length >= MAX_WORKSPACE_SYMBOLS) break;
    for (const s of ref.summary?.symbols ?? ref.project.engine.workspaceSymbols(ref.record)) {
      if (foldedMatches(query, s.name)) out.push(toWorkspaceSymbol(s, ref.uri));
      if (out.length >= MAX_WORKSPACE_SYMBOLS) break;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return out;
}
