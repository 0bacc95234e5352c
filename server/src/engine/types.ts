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

export type Locale = 'vi' | 'en';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A fix the engine can apply without asking: it changes only the targeted text. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** When true the edit text is a snippet (VS Code syntax) and is offered, not applied by --fix. */
  snippet?: boolean;
  /** Preferred fixes are applied by "fix all" and --fix; alternatives are only offered. */
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

export interface FileDiagnostics {
  uri: string;
  diagnostics: Diagnostic[];
}
