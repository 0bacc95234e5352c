// Suppression comments, honoured by the editor and the CLI alike:
//   # briefing-disable-line RULE[, RULE]       on the line itself
//   # briefing-disable-next-line RULE[, RULE]  on the line before
//   # briefing-disable RULE[, RULE]            anywhere: the whole file
// Without a rule list they suppress every rule. A suppression that suppresses nothing is
// itself reported (unused-suppression), so stale exceptions do not pile up.
import type { ParsedRecord } from './parse/parse-record';
import { Severity, type Diagnostic, type Locale } from './types';
import { format } from './i18n';
import { unusedSuppression } from './rules/unused-suppression';

const DIRECTIVE = /#\s*briefing-disable(-next-line|-line)?\b([^\n#]*)/g;

interface Suppression {
  kind: 'line' | 'next-line' | 'file';
  /** The line it applies to (for line forms). */
  target: number;
  rules: string[] | 'all';
  start: number;
  end: number;
  used: Set<string>;
}

function collect(record: ParsedRecord): Suppression[] {
  const out: Suppression[] = [];
  const text = record.text;
  if (!text.includes('briefing-disable')) return out;
  for (const m of text.matchAll(DIRECTIVE)) {
    const start = m.index!;
    // Only real comments: '#' at line start or after whitespace.
    if (start > 0 && !/\s/.test(text[start - 1])) continue;
    const line = record.lines.positionAt(start).line;
    const names = m[2].split(/[\s,]+/).filter((x) => /^[a-z0-9-]+$/.test(x));
    const kind = m[1] === '-line' ? 'line' : m[1] === '-next-line' ? 'next-line' : 'file';
    out.push({ kind, target: kind === 'next-line' ? line + 1 : line, rules: names.length ? names : 'all', start, end: start + m[0].trimEnd().length, used: new Set() });
  }
  return out;
}

export function applySuppressions(record: ParsedRecord, diagnostics: Diagnostic[], locale: Locale): Diagnostic[] {
  const sups = collect(record);
  if (sups.length === 0) return diagnostics;
  const kept = diagnostics.filter((d) => {
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
  for (const s of sups) {
    const unused = s.rules === 'all' ? (s.used.size === 0 ? ['*'] : []) : s.rules.filter((r) => !s.used.has(r));
    if (unused.length === 0) continue;
    kept.push({
      range: record.lines.range([s.start, s.end]),
      severity: Severity.warning,
      code: 'unused-suppression',
      message: format(unusedSuppression.messages.unused, locale, { rules: unused.join(', ') }),
      source: 'briefing',
    });
  }
  return kept;
}
