// Validates a document's data with the compiled schema and maps every error to the exact
// range of the offending key or value — never the document start.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { isMap, isScalar, type Document } from 'yaml';
import type { SchemaNode } from './annotations';
import { compileSchema } from './compile';
import { SchemaNav } from './schema-nav';
import { locate, keySpan, nodeSpan, type PathSegment } from '../parse/nodes';
import type { Span } from '../types';
import type { Finding } from '../rules/rule';
import { closest, fold } from '../text/fold';
import { parseVietnameseNumber } from '../text/vietnamese';
import { snippetForKey } from './snippets';
import { decimalCommaSplitAt } from '../parse/decimal-comma';
import type { Bilingual } from '../i18n';

export interface SchemaFinding extends Finding {
  code: 'unknown-key' | 'missing-key' | 'wrong-type' | 'invalid-value' | 'invalid-format' | 'schema';
}

export class SchemaValidator {
  readonly nav: SchemaNav;
  private readonly validateFn: ValidateFunction;

  constructor(readonly schema: SchemaNode) {
    this.validateFn = compileSchema(schema);
    this.nav = new SchemaNav(schema);
  }

  validate(doc: Document, data: unknown, text: string): SchemaFinding[] {
    if (this.validateFn(data)) return [];
    const out: SchemaFinding[] = [];
    const seen = new Set<string>();
    const keysOf = new WeakMap<object, Set<string>>();
    for (const err of this.validateFn.errors ?? []) {
      const f = this.map(err, doc, data, text, keysOf);
      if (!f) continue;
      const key = `${f.code}:${f.span[0]}:${f.span[1]}:${f.messageId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
    // "meetin:" is one problem, not two: drop "missing meeting" when a misspelt key suggests it.
    const suggested = new Set(out.filter((f) => f.code === 'unknown-key' && f.args?.suggestion).map((f) => `${f.args!.parentPath}|${f.args!.suggestion}`));
    return out.filter((f) => !(f.code === 'missing-key' && suggested.has(`${f.args!.parentPath}|${f.args!.key}`)));
  }

  private map(err: ErrorObject, doc: Document, data: unknown, text: string, keysOf: WeakMap<object, Set<string>>): SchemaFinding | undefined {
    const path = pointerToPath(err.instancePath, data);
    const parent = err.parentSchema as SchemaNode | undefined;
    switch (err.keyword) {
      case 'if':
        return undefined; // the branch's own errors say what is wrong
      case 'additionalProperties': {
        const key = String((err.params as { additionalProperty: string }).additionalProperty);
        const pair = locate(doc, [...path, key]).pair;
        // "percent: 0,17" in a one-line mapping: decimal-comma-in-flow-map says it once.
        if (decimalCommaSplitAt(locate(doc, path).node, key, text)) return undefined;
        const span = keySpan(pair) ?? this.fallbackSpan(doc, path);
        const allowed = Object.keys(this.nav.resolve(parent)?.properties ?? {});
        // One set per object: a map with 10,000 unknown keys has 10,000 errors over the same data.
        const obj = (err.data as object) ?? {};
        const present = keysOf.get(obj) ?? new Set(Object.keys(obj));
        keysOf.set(obj, present);
        const suggestion = closest(
          key,
          allowed.filter((k) => !present.has(k)),
        );
        return {
          code: 'unknown-key',
          span,
          messageId: suggestion ? 'unknownKeySuggest' : 'unknownKey',
          args: { key, suggestion, allowed: allowed.join(', '), parentPath: path.join('.') },
          fixes: suggestion ? [{ titleId: 'renameKey', args: { suggestion }, edits: [{ span, newText: suggestion }] }] : undefined,
        };
      }
      case 'required': {
        const missing = (err.params as { missingProperty: string }).missingProperty;
        const loc = locate(doc, path);
        const span = (path.length ? keySpan(loc.pair) : undefined) ?? this.fallbackSpan(doc, path);
        const fix = snippetForKey(doc, text, path, missing, this.nav.at([...path, missing], data), (s) => this.nav.resolve(s));
        return {
          code: 'missing-key',
          span,
          messageId: 'missingKey',
          args: { key: missing, parent: path.length ? path.join('.') : { vi: 'gốc hồ sơ', en: 'the record root' }, parentPath: path.join('.') },
          fixes: fix ? [{ titleId: 'addKey', args: { key: missing }, edits: [fix], snippet: true }] : undefined,
        };
      }
      case 'type': {
        // date: 20200226 — date-format says what is wrong with a date, once.
        if (parent?.['x-kind'] === 'date') return undefined;
        const span = this.valueSpan(doc, path);
        // A fix replaces the value itself, never the nearest thing a diagnostic falls back to.
        const located = !!nodeSpan(locate(doc, path).node);
        const expected = String((err.params as { type: string }).type);
        if (expected.includes('number') && typeof err.data === 'string') {
          const n = parseVietnameseNumber(err.data);
          if (n !== undefined && located) {
            return {
              code: 'wrong-type',
              span,
              messageId: 'numberAsText',
              args: { text: err.data, number: String(n) },
              fixes: [{ titleId: 'useNumber', args: { number: String(n) }, edits: [{ span, newText: String(n) }] }],
            };
          }
        }
        return { code: 'wrong-type', span, messageId: 'wrongType', args: { expected: typeName(expected), actual: typeName(jsonType(err.data)) } };
      }
      case 'enum': {
        const span = this.valueSpan(doc, path);
        const located = !!nodeSpan(locate(doc, path).node);
        const allowed = ((err.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
        const value = String(err.data);
        const exact = allowed.find((a) => fold(a) === fold(value));
        const suggestion = exact ?? closest(value, allowed);
        return {
          code: 'invalid-value',
          span,
          messageId: suggestion ? 'enumSuggest' : 'enum',
          args: { value, allowed: allowed.join(', '), suggestion },
          // Only the same words written another way ("hop bao" → "họp báo") are fixed without asking.
          fixes:
            suggestion && located
              ? [{ titleId: exact ? 'replaceWith' : 'replaceWithClosest', args: { suggestion }, edits: [{ span, newText: suggestion }] }]
              : undefined,
        };
      }
      case 'pattern':
        // Dates have their own rule (date-format) that also offers the ISO form.
        if (parent?.['x-kind'] === 'date') return undefined;
        return {
          code: 'invalid-format',
          span: this.valueSpan(doc, path),
          messageId: 'pattern',
          args: { pattern: String((err.params as { pattern: string }).pattern) },
        };
      case 'minItems':
      case 'minLength':
      case 'minProperties':
      case 'uniqueItems':
      case 'const':
      case 'minimum':
      case 'maximum':
        // Said in the reader's language, never the validator's English.
        return {
          code: 'schema',
          span: this.valueSpan(doc, path),
          messageId: err.keyword,
          args: { ...(err.params as Record<string, string | number>), detail: err.message ?? '' },
        };
      default:
        return { code: 'schema', span: this.valueSpan(doc, path), messageId: 'generic', args: { keyword: err.keyword, detail: err.message ?? '' } };
    }
  }

  private valueSpan(doc: Document, path: PathSegment[]): Span {
    const loc = locate(doc, path);
    return nodeSpan(loc.node) ?? keySpan(loc.pair) ?? this.fallbackSpan(doc, path);
  }

  /** The nearest thing that exists: the deepest key on the path, else the first top-level key. */
  private fallbackSpan(doc: Document, path: PathSegment[]): Span {
    const loc = locate(doc, path);
    const s = keySpan(loc.deepestPair) ?? nodeSpan(loc.deepest);
    if (s) {
      // A whole map is too wide: use its first line's key.
      if (isMap(loc.deepest) && !loc.deepestPair && loc.deepest.items[0]) return nodeSpan(loc.deepest.items[0].key) ?? s;
      return s;
    }
    const contents = doc.contents;
    if (isMap(contents) && contents.items[0] && isScalar(contents.items[0].key)) return nodeSpan(contents.items[0].key)!;
    const r = nodeSpan(contents);
    return r ? [r[0], Math.max(r[0] + 1, Math.min(r[1], r[0] + 1))] : [0, 0];
  }
}

/** "/statistics/0/value" → ["statistics", 0, "value"], using the data to tell indexes from keys. */
export function pointerToPath(pointer: string, data: unknown): PathSegment[] {
  if (!pointer) return [];
  const out: PathSegment[] = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur) && /^\d+$/.test(seg)) {
      out.push(+seg);
      cur = cur[+seg];
    } else {
      out.push(seg);
      cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { vi: 'chuỗi', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  integer: { vi: 'số nguyên', en: 'an integer' },
  boolean: { vi: 'true/false', en: 'true/false' },
  object: { vi: 'một nhóm khóa', en: 'a mapping' },
  array: { vi: 'danh sách', en: 'a list' },
  null: { vi: 'để trống', en: 'empty' },
};

function typeName(t: string): Bilingual {
  const parts = t.split(',').map((x) => TYPE_NAMES[x] ?? { vi: x, en: x });
  return { vi: parts.map((p) => p.vi).join(' hoặc '), en: parts.map((p) => p.en).join(' or ') };
}
