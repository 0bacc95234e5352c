// A project's configuration as the engine uses it, read from the data of .briefing/config.yaml
// after schema validation: only well-formed entries are kept, each with the line it came from.
import { isMap, isScalar, type Document } from 'yaml';
import type { LineIndex } from '../text/lines';
import type { Locale } from '../types';
import type { SeverityLayer } from './severities';
import type { SeveritySetting } from './schema';
import { SEVERITY_WORDS } from './schema';
import { ALL_RULES } from '../rules';
import { RULE_TAGS } from './tags';

export interface ProjectConfig {
  rules: Record<string, SeveritySetting>;
  tags: Record<string, SeveritySetting>;
  locale?: Locale;
  files?: string[];
  ignores?: string[];
  catalogs?: string[];
  people?: string[];
}

export const DEFAULT_RECORD_GLOBS = ['**/*.briefing.{yaml,yml}'];
export const DEFAULT_CATALOGS = ['.briefing/catalog.yaml'];
export const DEFAULT_PEOPLE = ['.briefing/people.yaml'];

export function emptyConfig(): ProjectConfig {
  return { rules: {}, tags: {} };
}

const RULE_IDS = new Set(ALL_RULES.map((r) => r.id));
const isSeverity = (v: unknown): v is SeveritySetting => typeof v === 'string' && (SEVERITY_WORDS as readonly string[]).includes(v);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const strings = (x: unknown): string[] | undefined => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string' && s !== '') : undefined);

/** The usable part of a configuration's data (entries the schema rejects are left out). */
export function toProjectConfig(data: unknown): ProjectConfig {
  const c = emptyConfig();
  if (!isObject(data)) return c;
  if (isObject(data.rules)) for (const [id, v] of Object.entries(data.rules)) if (RULE_IDS.has(id) && isSeverity(v)) c.rules[id] = v;
  if (isObject(data.tags)) for (const [t, v] of Object.entries(data.tags)) if (t in RULE_TAGS && isSeverity(v)) c.tags[t] = v;
  if (data.locale === 'vi' || data.locale === 'en') c.locale = data.locale;
  for (const k of ['files', 'ignores', 'catalogs', 'people'] as const) {
    const v = strings(data[k]);
    if (v) c[k] = v;
  }
  return c;
}

/** "rules.<id>" / "tags.<tag>" → "<label>:<line>" (1-based) of the entry in the file. */
export function entryLines(doc: Document | undefined, lines: LineIndex, label: string): Record<string, string> {
  const out: Record<string, string> = {};
  const root = doc?.contents;
  if (!isMap(root)) return out;
  for (const section of ['rules', 'tags']) {
    const pair = root.items.find((p) => isScalar(p.key) && p.key.value === section);
    if (!pair || !isMap(pair.value)) continue;
    for (const item of pair.value.items) {
      if (!isScalar(item.key) || !item.key.range) continue;
      const where = `${label}:${lines.positionAt(item.key.range[0]).line + 1}`;
      out[`${section}.${String(item.key.value)}`] = section === 'tags' ? `${where} (tag ${String(item.key.value)})` : where;
    }
  }
  return out;
}

/** The configuration file as a severity layer. */
export function configLayer(config: ProjectConfig, origin: string, entryOrigin?: Record<string, string>): SeverityLayer {
  return { origin, rules: config.rules, tags: config.tags, entryOrigin };
}
