// Rule severities from layers of settings, each layer naming where it came from. Later layers
// win; within a layer a rule id wins over its tag. The result says, per rule, which layer set it.
import { ALL_RULES } from '../rules';
import type { SeverityName } from '../types';
import type { SeveritySetting } from './schema';
import { RULE_TAGS } from './tags';

export interface SeverityLayer {
  /** Where these settings come from: "default", ".briefing/config.yaml:12", "--rule", "briefing.rules". */
  origin: string;
  rules?: Record<string, SeveritySetting>;
  tags?: Record<string, SeveritySetting>;
  /** Origin of each rule or tag entry when it is more precise than the layer's (a line). */
  entryOrigin?: Record<string, string>;
}

export interface ResolvedSeverity {
  severity: SeverityName | 'off';
  origin: string;
}

export interface ResolvedSeverities {
  byRule: Record<string, ResolvedSeverity>;
  /** The overrides only, as the engine's ValidateOptions.severities wants them. */
  overrides: Record<string, SeverityName | 'off'>;
}

export function resolveSeverities(layers: readonly SeverityLayer[]): ResolvedSeverities {
  const byRule: Record<string, ResolvedSeverity> = {};
  for (const r of ALL_RULES) byRule[r.id] = { severity: r.severity, origin: 'default' };
  const overrides: Record<string, SeverityName | 'off'> = {};
  const set = (id: string, severity: SeveritySetting, origin: string) => {
    if (!byRule[id]) return;
    byRule[id] = { severity, origin };
    overrides[id] = severity;
  };
  for (const layer of layers) {
    for (const [tag, sev] of Object.entries(layer.tags ?? {})) {
      for (const id of RULE_TAGS[tag] ?? []) set(id, sev, layer.entryOrigin?.[`tags.${tag}`] ?? layer.origin);
    }
    for (const [id, sev] of Object.entries(layer.rules ?? {})) set(id, sev, layer.entryOrigin?.[`rules.${id}`] ?? layer.origin);
  }
  return { byRule, overrides };
}
