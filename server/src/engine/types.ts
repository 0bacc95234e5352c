// Plain data types returned by the engine. They are shaped like the Language Server Protocol's
// types (0-based lines, UTF-16 columns) so faces can pass them through, but the engine depends
// on no transport or editor package.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Offsets into the document text, [start, end). */
export type Span = readonly [number, number];

export const Severity = { error: 1, warning: 2, info: 3, hint: 4 } as const;
export type SeverityName = keyof typeof Severity;
export type SeverityLevel = (typeof Severity)[SeverityName];

const SEVERITY_BY_LEVEL = Object.fromEntries(Object.entries(Severity).map(([name, level]) => [level, name])) as Record<number, SeverityName>;

/** The name of a severity level (1 → 'error'): the one mapping every output format starts from. */
export function severityName(level: number): SeverityName {
  return SEVERITY_BY_LEVEL[level] ?? 'hint';
}

export type Locale = 'vi' | 'en';

export interface TextEdit {
  range: Range;
  newText: string;
}

/**
 * How a fix may be applied. A 'safe' fix corrects spelling, diacritics, a number or date format or
 * a misspelt key, never a fact: --fix and "fix all" apply it. A 'suggestion' (one of several
 * candidates, or a change of what a value refers to) is offered for the user to pick.
 */
export type FixKind = 'safe' | 'suggestion';

/** A fix of one diagnostic: it changes only the targeted text. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** From the rule's `fixes` metadata; snippets are always suggestions. */
  kind: FixKind;
  /** When true the edit text is a snippet (VS Code syntax) and is offered, not applied by --fix. */
  snippet?: boolean;
  /** The same as kind === 'safe': the editor's preferred quick fix. */
  preferred?: boolean;
}

export interface Diagnostic {
  range: Range;
  severity: SeverityLevel;
  /** The rule id, e.g. "count-not-integer". */
  code: string;
  message: string;
  source: 'briefing';
  fixes?: Fix[];
  /** Extra ranges that explain the problem (e.g. the first of two duplicates); `uri` when in another file. */
  related?: { range: Range; message: string; uri?: string }[];
}
