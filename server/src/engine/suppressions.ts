// Suppression comments, honoured by the editor and the CLI alike:
//   # briefing-disable-line RULE[, RULE]       on the line itself
//   # briefing-disable-next-line RULE[, RULE]  on the line before
//   # briefing-disable RULE[, RULE]            anywhere: the whole file
// Without a rule list they suppress every rule. A suppression that suppresses nothing is
// itself reported (unused-suppression), so stale exceptions do not pile up. Problems that mean
// the text is not a well-formed record (syntax errors, duplicate keys…) cannot be suppressed.
import { visit } from 'yaml';
import type { ParsedRecord } from './parse/parse-record';
import { Severity, type Diagnostic, type Locale, type SeverityName } from './types';
import { format } from './i18n';
import { unusedSuppression } from './rules/unused-suppression';

// The directive must be the whole word: "briefing-disable-lines" is no directive at all, rather
// than a file-wide "briefing-disable" of a rule named "-lines".
const DIRECTIVE = /#[ \t]*briefing-disable(-next-line|-line)?(?![\w-])([^\r\n#]*)/g;

/** Problems that mean the text is not a well-formed record: no comment can hide them. */
const NEVER_SUPPRESSED = new Set(['yaml-syntax', 'duplicate-key', 'yaml-too-deep', 'alias-limit', 'binary-content']);

interface Suppression {
  kind: 'line' | 'next-line' | 'file';
  /** The line it applies to (for line forms). */
  target: number;
  rules: string[] | 'all';
  start: number;
  end: number;
  used: Set<string>;
}

/** Sorted [start, end) spans of every scalar (keys and values): a "#" inside one is text, not a comment. */
function scalarSpans(record: ParsedRecord): [number, number][] {
  const out: [number, number][] = [];
  for (const d of record.documents) {
    visit(d.doc, {
      Scalar(_, node) {
        if (node.range) out.push([node.range[0], node.range[1]]);
      },
    });
  }
  return out.sort((a, b) => a[0] - b[0]);
}

function insideScalar(spans: [number, number][], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && offset < spans[hi][1];
}

function collect(record: ParsedRecord): Suppression[] {
  const out: Suppression[] = [];
  const text = record.text;
  if (!text.includes('briefing-disable')) return out;
  let spans: [number, number][] | undefined;
  for (const m of text.matchAll(DIRECTIVE)) {
    const start = m.index!;
    // Only real comments: '#' at line start or after whitespace, and not inside a quoted or
    // block string ("title: 'x # briefing-disable'" must not switch checks off).
    if (start > 0 && !/\s/.test(text[start - 1])) continue;
    spans ??= scalarSpans(record);
    if (insideScalar(spans, start)) continue;
    const line = record.lines.positionAt(start).line;
    // Every word is a rule name: a misspelt one is reported as unused, never widened to "all".
    const names = [...new Set(m[2].split(/[\s,]+/).filter(Boolean))];
    const kind = m[1] === '-line' ? 'line' : m[1] === '-next-line' ? 'next-line' : 'file';
    out.push({
      kind,
      target: kind === 'next-line' ? line + 1 : line,
      rules: names.length ? names : 'all',
      start,
      end: start + m[0].trimEnd().length,
      used: new Set(),
    });
  }
  return out;
}

/**
 * Drops the diagnostics a comment suppresses and reports the comments that suppress nothing.
 * `severities` are the user's overrides: a rule switched off is not a reason to call its
 * suppression unused (the CLI may run without the setting), and "unused-suppression" itself can
 * be switched off or re-graded.
 */
export function applySuppressions(
  record: ParsedRecord,
  diagnostics: Diagnostic[],
  locale: Locale,
  severities: Record<string, SeverityName | 'off'> = {},
): Diagnostic[] {
  const sups = collect(record);
  if (sups.length === 0) return diagnostics;
  const kept = diagnostics.filter((d) => {
    if (NEVER_SUPPRESSED.has(d.code)) return true;
    for (const s of sups) {
      const lineOk = s.kind === 'file' || (d.range.start.line <= s.target && s.target <= d.range.end.line) || d.range.start.line === s.target;
      const ruleOk = s.rules === 'all' || s.rules.includes(d.code);
      if (lineOk && ruleOk) {
        s.used.add(d.code);
        return false;
      }
    }
    return true;
  });
  // When the text does not parse, the rules did not run: nothing can be called unused.
  if (diagnostics.some((d) => NEVER_SUPPRESSED.has(d.code) && d.code !== 'duplicate-key')) return kept;
  const grade = severities[unusedSuppression.id];
  if (grade === 'off') return kept;
  for (const s of sups) {
    const unused = s.rules === 'all' ? (s.used.size === 0 ? ['*'] : []) : s.rules.filter((r) => !s.used.has(r) && severities[r] !== 'off');
    if (unused.length === 0) continue;
    kept.push({
      range: record.lines.range([s.start, s.end]),
      severity: Severity[grade ?? unusedSuppression.severity],
      code: 'unused-suppression',
      message: format(unusedSuppression.messages.unused, locale, { rules: unused.join(', ') }),
      source: 'briefing',
    });
  }
  return kept;
}
