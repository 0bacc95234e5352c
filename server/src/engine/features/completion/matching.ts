// Diacritics- and case-insensitive matching of typed text against names, and the filterText
// that keeps a matched item in an editor's own filter.
//
// Editors filter the items again on the client with the text between the start of the edit
// range and the cursor, using their own fuzzy match, which knows nothing of Vietnamese
// diacritics: "dai t" does not match "Đại tướng" there. So when the typed text is not a literal
// prefix of the name, filterText is the typed text exactly, followed by the rest of the folded
// name after the matched part ("dai t" + "uong" = "dai tuong"): the editor sees a literal prefix
// and keeps the item, and typing further ("dai tu") still matches. When the typed text is a
// literal prefix of the name, filterText is the name itself. When nothing is typed yet, it is the
// name followed by its folded form ("Đại tướng dai tuong"), so that the editor's filter keeps the
// item whether the user then types "Đ" or "d" (its fuzzy match starts at any word).
import { fold } from '../../text/fold';
import type { CompletionItem, CompletionKind } from '../types';
import type { Range, TextEdit } from '../../types';

/** Where the folded query starts in the folded target: at its start or at a word start; -1 if not. */
function foldedIndex(q: string, t: string): number {
  if (t.startsWith(q)) return 0;
  const i = t.indexOf(' ' + q);
  return i < 0 ? -1 : i + 1;
}

/**
 * The filterText for an item named `names[0]` (other names are aliases), or undefined when the
 * typed text matches none of the names.
 */
export function filterTextFor(typed: string, typedRaw: string, names: readonly string[]): string | undefined {
  const q = fold(typed);
  if (q === '') {
    const name = names[0];
    const folded = fold(name);
    // Only names with diacritics (or đ) need their folded form.
    const plain = name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}%]+/gu, ' ')
      .trim();
    const both = folded === plain ? name : `${name} ${folded}`;
    return both.startsWith(typedRaw) ? both : typedRaw + both;
  }
  for (const name of names) {
    if (typedRaw !== '' && name.startsWith(typedRaw)) return name;
    const t = fold(name);
    const at = foldedIndex(q, t);
    if (at < 0) continue;
    const rest = t.slice(at + q.length);
    return typedRaw + (/\s$/.test(typedRaw) ? rest.replace(/^ /, '') : rest);
  }
  return undefined;
}

export function matches(typed: string, names: readonly string[]): boolean {
  const q = fold(typed);
  return q === '' || names.some((n) => foldedIndex(q, fold(n)) >= 0);
}

export interface Candidate {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  /** Other names that also match the typed text (aliases, or the name a successor replaces). */
  matchNames?: readonly string[];
  /** Text to insert; the label when absent. */
  newText?: string;
  snippet?: boolean;
  deprecated?: boolean;
  additionalTextEdits?: TextEdit[];
}

export function sortText(i: number): string {
  return String(i).padStart(5, '0');
}

/** Candidates whose name starts with the typed text first, then those matched at a later word. */
export function prefixFirst(candidates: readonly Candidate[], typed: string): Candidate[] {
  const q = fold(typed);
  if (q === '') return [...candidates];
  const starts = (c: Candidate) => [c.label, ...(c.matchNames ?? [])].some((n) => fold(n).startsWith(q));
  return [...candidates.filter(starts), ...candidates.filter((c) => !starts(c))];
}

/** Turns candidates (in their intended order) into items, dropping those the typed text does not match. */
export function toItems(
  candidates: readonly Candidate[],
  typed: string,
  typedRaw: string,
  range: Range,
  write: (c: Candidate) => string = (c) => c.newText ?? c.label,
): CompletionItem[] {
  const out: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.label)) continue;
    const names = c.matchNames ? [c.label, ...c.matchNames] : [c.label];
    const filterText = filterTextFor(typed, typedRaw, names);
    if (filterText === undefined) continue;
    seen.add(c.label);
    const item: CompletionItem = {
      label: c.label,
      kind: c.kind,
      filterText,
      sortText: sortText(out.length),
      textEdit: { range, newText: write(c) },
      insertTextFormat: c.snippet ? 'snippet' : 'plain',
    };
    if (c.detail) item.detail = c.detail;
    if (c.documentation) item.documentation = c.documentation;
    if (c.deprecated) item.deprecated = true;
    if (c.additionalTextEdits?.length) item.additionalTextEdits = c.additionalTextEdits;
    out.push(item);
  }
  return out;
}
