// One parse per document version: the YAML AST with node ranges, the plain value for schema
// validation, and the syntax problems. Every feature reads this; nothing re-parses.
import { parseAllDocuments, isDocument, isScalar, visit, type Document } from 'yaml';
import { LineIndex } from '../text/lines';
import type { Span } from '../types';
import { findExcessiveNesting } from './depth-guard';
import { fastParse } from './fast-parse';
import { overIndented, unclosedQuote } from './syntax-explain';

export interface SyntaxProblem {
  span: Span;
  /** Rule id: yaml-syntax, duplicate-key, yaml-too-deep, alias-limit, binary-content. */
  code: string;
  /** Message id in the messages table, with its arguments. */
  messageId: string;
  args?: Record<string, string | number>;
  /** The parser's own English text, appended for detail. */
  detail?: string;
  /** Other places that explain the problem (the first occurrence of a duplicate key). */
  related?: { span: Span; messageId: string; args?: Record<string, string | number> }[];
}

export interface ParsedDocument {
  doc: Document.Parsed;
  /** The document as plain data, or undefined when it could not be built (alias bomb). */
  value: unknown;
}

export interface ParsedRecord {
  uri: string;
  version: number;
  text: string;
  lines: LineIndex;
  documents: ParsedDocument[];
  problems: SyntaxProblem[];
}

const MAX_ALIAS_COUNT = 100;

/** The parser's error codes, in words a Vietnamese editor understands (message ids of yaml-syntax). */
const SYNTAX_MESSAGES: Record<string, string> = {
  TAB_AS_INDENT: 'tab',
  BAD_INDENT: 'indent',
  MISSING_CHAR: 'missingChar',
  BLOCK_AS_IMPLICIT_KEY: 'nestedCompact',
  MULTILINE_IMPLICIT_KEY: 'multilineKey',
  UNEXPECTED_TOKEN: 'unexpected',
  TAG_RESOLVE_FAILED: 'unknownTag',
  BAD_SCALAR_START: 'badScalarStart',
};

function binaryOffset(text: string): number {
  // NUL and other C0 controls except tab, LF, CR; U+FFFD marks bytes that were not UTF-8. A lone
  // surrogate (typed or pasted in an editor) cannot be written as UTF-8: saved, it becomes U+FFFD,
  // so the editor reports it where the saved file will have it.
  // One character class, then the pairs skipped by hand: twice as fast as lookarounds.
  BINARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BINARY.exec(text))) {
    const i = m.index;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      BINARY.lastIndex = i + 2; // a surrogate pair: one astral character
      continue;
    }
    return i;
  }
  return -1;
}

const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD\uD800-\uDFFF]/g;

let useFastPath = true;

/** Turns the fast path off or on (parity tests compare both; returns the previous setting). */
export function setFastPath(enabled: boolean): boolean {
  const before = useFastPath;
  useFastPath = enabled;
  return before;
}

export function parseRecord(text: string, uri = 'untitled', version = 0): ParsedRecord {
  const lines = new LineIndex(text);
  const problems: SyntaxProblem[] = [];
  const documents: ParsedDocument[] = [];
  const record: ParsedRecord = { uri, version, text, lines, documents, problems };

  const bin = binaryOffset(text);
  if (bin >= 0) {
    const code = text.charCodeAt(bin);
    problems.push({
      span: [bin, bin + 1],
      code: 'binary-content',
      messageId: code === 0xfffd ? 'notUtf8' : code >= 0xd800 && code <= 0xdfff ? 'loneSurrogate' : 'controlChar',
      args: { code: 'U+' + code.toString(16).toUpperCase().padStart(4, '0') },
    });
    if (code === 0) return record; // NUL: not a text file; do not go further.
  }

  // Most records are plain block YAML: the fast path builds the same tree without the full
  // parser, and declines (undefined) for anything else, and for nesting past FAST_MAX_DEPTH,
  // far below what the depth guard refuses: a text it reads needs no guard.
  const fast = useFastPath ? fastParse(text) : undefined;
  if (fast) {
    documents.push(fast);
    return record;
  }

  const deep = findExcessiveNesting(text);
  if (deep >= 0) {
    problems.push({ span: [deep, deep + 1], code: 'yaml-too-deep', messageId: 'tooDeep' });
    return record;
  }

  let docs: Document.Parsed[];
  try {
    // Duplicate keys are found below: the parser's own check compares every key with every
    // earlier key of its map, which takes seconds for a map of 20,000 keys.
    docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' }) as Document.Parsed[];
    if (!Array.isArray(docs)) docs = isDocument(docs) ? [docs] : [];
  } catch (e) {
    problems.push({ span: [0, Math.min(1, text.length)], code: 'yaml-syntax', messageId: 'parserFailed', detail: String(e) });
    return record;
  }

  for (const doc of docs) {
    for (const err of [...doc.errors, ...doc.warnings]) {
      const [start, end] = err.pos;
      const isDup = err.code === 'DUPLICATE_KEY';
      const problem: SyntaxProblem = {
        span: [start, Math.max(end, start + 1)],
        code: isDup ? 'duplicate-key' : 'yaml-syntax',
        messageId: isDup ? 'duplicateKey' : (SYNTAX_MESSAGES[err.code] ?? 'syntax'),
        args: { code: err.code },
        detail: err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
      };
      problems.push(explain(text, lines, problem, err.code));
    }
    problems.push(...duplicateKeys(doc, lines));
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const unresolved = /Unresolved alias.*: (.*)$/.exec(message);
      const at = unresolved ? text.indexOf('*' + unresolved[1]) : -1;
      const start = at >= 0 ? at : (doc.contents?.range?.[0] ?? 0);
      problems.push(
        unresolved
          ? { span: [start, start + 1 + unresolved[1].length], code: 'yaml-syntax', messageId: 'unknownAlias', args: { name: unresolved[1] }, detail: message }
          : { span: [start, start + 1], code: 'alias-limit', messageId: 'aliasLimit', args: { max: MAX_ALIAS_COUNT }, detail: message },
      );
      value = undefined;
    }
    documents.push({ doc, value });
  }
  return record;
}

/** Moves a problem to its cause where the parser noticed it elsewhere (see syntax-explain.ts). */
function explain(text: string, lines: LineIndex, p: SyntaxProblem, code: string): SyntaxProblem {
  const close = /end with an? ([\]}])/.exec(p.detail ?? '');
  if (close) return { ...p, messageId: 'unclosedFlow', args: { close: close[1] } };
  if (code === 'MISSING_CHAR' && /quote/i.test(p.detail ?? '')) {
    const at = unclosedQuote(text);
    if (at !== undefined) return { ...p, span: [at, at + 1], messageId: 'unclosedQuote', args: { quote: text[at] } };
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY' || code === 'UNEXPECTED_TOKEN' || code === 'BAD_INDENT') {
    const e = overIndented(text, lines, p.span[0]);
    if (e) return { ...p, ...e };
  }
  return p;
}

/** Keys that repeat an earlier key of the same map (equal scalar values, as the parser compares them). */
function duplicateKeys(doc: Document.Parsed, lines: LineIndex): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Map<unknown, Span>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key) || Number.isNaN(key.value)) continue;
        const start = key.range?.[0] ?? 0;
        const span: Span = [start, Math.max(start + 1, key.range?.[1] ?? 0)];
        const first = seen.get(key.value);
        if (!first) {
          seen.set(key.value, span);
          continue;
        }
        const args = { key: String(key.value), line: lines.positionAt(first[0]).line + 1 };
        out.push({ span, code: 'duplicate-key', messageId: 'duplicateKey', args, related: [{ span: first, messageId: 'firstOccurrence', args }] });
      }
    },
  });
  return out;
}
