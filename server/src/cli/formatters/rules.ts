// `briefing rules`: the rule table (id, default severity, what it checks).
import { ALL_RULES, type Locale } from '../../engine';

export function formatRules(kind: 'table' | 'json', locale: Locale): string {
  if (kind === 'json') {
    return JSON.stringify(ALL_RULES.map((r) => ({ id: r.id, severity: r.severity, description: r.description })), null, 2) + '\n';
  }
  const width = Math.max(...ALL_RULES.map((r) => r.id.length));
  return ALL_RULES.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${locale === 'en' ? r.description.en : r.description.vi}`).join('\n') + '\n';
}
