// The server's settings (section "briefing"), read from workspace/configuration or, for clients
// without it, from initializationOptions and didChangeConfiguration payloads. Anything missing
// or malformed falls back to the default, so a bad settings file never stops validation.
import { toLocale, type Locale, type SeverityName } from '../engine';
import { DEFAULT_MAX_FILE_BYTES, parseByteSize } from '../host/read-file';

export type Trigger = 'onType' | 'onSave';
export type LocaleSetting = 'auto' | Locale;
export type RuleSetting = SeverityName | 'off';

export interface Settings {
  validate: { trigger: Trigger; debounceMs: number };
  files: string[];
  locale: LocaleSetting;
  rules: Record<string, RuleSetting>;
  /** The most bytes read from one file on disk ("10MB", or a number of bytes). */
  maxFileBytes: number;
}

export const DEFAULT_FILES = ['**/*.briefing.{yaml,yml}'];

export function defaultSettings(): Settings {
  return { validate: { trigger: 'onType', debounceMs: 300 }, files: [...DEFAULT_FILES], locale: 'vi', rules: {}, maxFileBytes: DEFAULT_MAX_FILE_BYTES };
}

const RULE_VALUES = new Set<RuleSetting>(['error', 'warning', 'info', 'hint', 'off']);

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Normalises a raw settings object (any shape) into Settings. */
export function readSettings(raw: unknown): Settings {
  const s = defaultSettings();
  if (!isObject(raw)) return s;
  // Settings nested under their section ({ briefing: { … } }), as many clients send them.
  if (isObject(raw.briefing)) raw = raw.briefing;
  if (!isObject(raw)) return s;
  const validate = isObject(raw.validate) ? raw.validate : {};
  // Flat keys ("validate.trigger") are accepted too: some clients send settings unflattened.
  const trigger = validate.trigger ?? raw['validate.trigger'];
  if (trigger === 'onType' || trigger === 'onSave') s.validate.trigger = trigger;
  const debounce = validate.debounceMs ?? raw['validate.debounceMs'];
  if (typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0) s.validate.debounceMs = Math.min(Math.round(debounce), 60_000);
  if (Array.isArray(raw.files)) {
    const files = raw.files.filter((f): f is string => typeof f === 'string' && f.trim() !== '');
    if (files.length) s.files = files;
  }
  const maxFileSize = typeof raw.maxFileSize === 'string' || typeof raw.maxFileSize === 'number' ? parseByteSize(raw.maxFileSize) : undefined;
  if (maxFileSize !== undefined) s.maxFileBytes = maxFileSize;
  if (raw.locale === 'auto' || raw.locale === 'vi' || raw.locale === 'en') s.locale = raw.locale;
  if (isObject(raw.rules)) {
    for (const [id, v] of Object.entries(raw.rules)) {
      if (typeof v === 'string' && RULE_VALUES.has(v as RuleSetting)) s.rules[id] = v as RuleSetting;
    }
  }
  return s;
}

/**
 * Settings from workspace/configuration laid over those of initializationOptions: a client that
 * answers the configuration request with nothing for "briefing" (Neovim without `settings`)
 * keeps what it passed at start.
 */
export function layerSettings(base: unknown, over: unknown): unknown {
  if (!isObject(over)) return base;
  if (!isObject(base)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === null || v === undefined) continue;
    out[k] = isObject(v) && isObject(base[k]) && k !== 'rules' ? layerSettings(base[k], v) : v;
  }
  return out;
}

/** The locale messages are written in: "auto" follows the editor's display language. */
export function effectiveLocale(settings: Settings, clientLocale: string | undefined): Locale {
  return settings.locale === 'auto' ? toLocale(clientLocale) : settings.locale;
}
