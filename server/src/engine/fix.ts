// The one fix policy, shared by `briefing validate --fix` and the editor's "fix all" (and
// fix-on-save): a file that is not well-formed YAML (or not UTF-8) is never rewritten; only
// safe fixes are applied (never snippets or suggestions the user must pick); passes repeat
// until nothing changes; a result that would add a parse problem is refused.
import { fixAll, isSafeFix } from './fixes';
import { LineIndex } from './text/lines';
import type { Diagnostic, TextEdit } from './types';

/** Problems that mean the text is not a well-formed record: it is never rewritten. */
export const UNFIXABLE_CODES: ReadonlySet<string> = new Set(['yaml-syntax', 'duplicate-key', 'yaml-too-deep', 'alias-limit', 'binary-content']);

export type FixOutcome =
  | { status: 'unchanged'; text: string }
  | { status: 'fixed'; text: string; applied: number; passes: number; diagnostics: readonly Diagnostic[] }
  /** not-yaml: the file cannot be read as a record; would-break: the fixes would make it worse. */
  | { status: 'refused'; reason: 'not-yaml' | 'would-break'; text: string };

const isUnfixable = (ds: readonly Diagnostic[]) => ds.some((d) => UNFIXABLE_CODES.has(d.code));
const hasSafeFix = (ds: readonly Diagnostic[]) => ds.some((d) => d.fixes?.some(isSafeFix));

/**
 * Applies the safe fixes of `text` to a fixed point. `validate` is the engine's validation of a
 * text with the project's settings; `diagnostics` may pass what it already returned for `text`.
 */
export function fixText(
  text: string,
  validate: (text: string) => readonly Diagnostic[],
  opts: { utf8?: boolean; diagnostics?: readonly Diagnostic[] } = {},
): FixOutcome {
  const before = opts.diagnostics ?? validate(text);
  if (opts.utf8 === false || isUnfixable(before)) return { status: 'refused', reason: 'not-yaml', text };
  if (!hasSafeFix(before)) return { status: 'unchanged', text };
  let first = true;
  const out = fixAll(text, (t) => {
    if (first && t === text) {
      first = false;
      return before;
    }
    return validate(t);
  });
  if (out.text === text) return { status: 'unchanged', text };
  const after = validate(out.text);
  if (isUnfixable(after)) return { status: 'refused', reason: 'would-break', text };
  return { status: 'fixed', text: out.text, applied: out.applied, passes: out.passes, diagnostics: after };
}

/** One edit turning `before` into `after`: the changed middle, between the common prefix and suffix. */
export function replacementEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never split a surrogate pair or a CRLF.
  while (start > 0 && isLowSurrogateOrLf(before, start)) start--;
  while (end > 0 && isLowSurrogateOrLf(before, before.length - end)) end--;
  const lines = new LineIndex(before);
  return [{ range: lines.range([start, before.length - end]), newText: after.slice(start, after.length - end) }];
}

function isLowSurrogateOrLf(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0xdc00 && c <= 0xdfff) || (c === 10 && text.charCodeAt(i - 1) === 13);
}
