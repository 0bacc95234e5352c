// Diagnostics for a parsed text and the project's own YAML files (catalog, people registry,
// configuration): each is parsed once and checked against its own schema, with positions.
import type { ParsedRecord } from './parse/parse-record';
import { parseRecord } from './parse/parse-record';
import type { SchemaValidator } from './schema/schema-validator';
import { fixKind, type Finding, type Rule } from './rules/rule';
import { RULES_BY_ID } from './rules';
import type { ProjectConfig } from './config/project-config';
import { format } from './i18n';
import { Severity, type Diagnostic, type Fix, type Locale, type SeverityName, type Span } from './types';

export type DataFileKind = 'catalog' | 'people' | 'config';

export interface DataText {
  text: string;
  uri: string;
}

/** A configuration file read: its problems, the usable settings, and each entry's `file:line`. */
export interface ConfigFile {
  diagnostics: Diagnostic[];
  config: ProjectConfig;
  entryOrigin: Record<string, string>;
}

export function clampSpan(span: Span, length: number): Span {
  const s = Math.max(0, Math.min(span[0], length));
  const e = Math.max(s, Math.min(span[1], length));
  return [s, e];
}

export function toDiagnostic(record: ParsedRecord, rule: Rule, f: Finding, locale: Locale, override?: SeverityName): Diagnostic {
  const msg = (id: string, args?: Finding['args']) => {
    const m = rule.messages[id];
    return m ? format(m, locale, args) : id;
  };
  const span = clampSpan(f.span, record.text.length);
  const d: Diagnostic = {
    range: record.lines.range(span),
    severity: Severity[override ?? f.severity ?? rule.severity],
    code: rule.id,
    message: msg(f.messageId, f.args),
    source: 'briefing',
  };
  if (f.fixes?.length) {
    d.fixes = f.fixes.map((x): Fix => {
      // The kind comes from the rule's metadata: the one source of what --fix may apply.
      const kind = fixKind(rule, x);
      return {
        title: msg(x.titleId, x.args),
        edits: x.edits.map((e) => ({ range: record.lines.range(clampSpan(e.span, record.text.length)), newText: e.newText })),
        kind,
        snippet: x.snippet || undefined,
        preferred: kind === 'safe',
      };
    });
  }
  if (f.related?.length)
    d.related = f.related.map((r) => ({ range: record.lines.range(clampSpan(r.span, record.text.length)), message: msg(r.messageId, r.args) }));
  if (f.elsewhere?.length) d.related = [...(d.related ?? []), ...f.elsewhere.map((r) => ({ uri: r.uri, range: r.range, message: msg(r.messageId, r.args) }))];
  return d;
}

export interface CheckedDataFile {
  record: ParsedRecord;
  diagnostics: Diagnostic[];
  /** The data when the file has no error; undefined otherwise. */
  data: unknown;
}

/** Parse problems and schema errors of a project data file. */
export function checkDataText(text: string, uri: string, validator: SchemaValidator | undefined, locale: Locale): CheckedDataFile {
  const record = parseRecord(text, uri);
  const diagnostics: Diagnostic[] = [];
  const rule = (id: string) => RULES_BY_ID.get(id)!;
  let syntax = false;
  for (const p of record.problems) {
    if (p.code === 'yaml-syntax') {
      if (syntax) continue; // the first syntax error only, as in records
      syntax = true;
    }
    diagnostics.push(toDiagnostic(record, rule(p.code), { span: p.span, messageId: p.messageId, args: { ...p.args, detail: p.detail } }, locale));
  }
  const d = record.documents[0];
  if (d && validator && d.value !== undefined && !syntax) {
    for (const f of validator.validate(d.doc, d.value, text)) diagnostics.push(toDiagnostic(record, rule(f.code), f, locale));
  }
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { record, diagnostics, data: diagnostics.some((x) => x.severity === Severity.error) ? undefined : d?.value };
}
