// `briefing rules`: the rule table (id, default severity, what --fix can do, what it checks).
import { ALL_RULES, type Fixable, type Locale } from '../../engine';

const FIXABLE: Record<Fixable, { vi: string; en: string }> = {
  safe: { vi: 'tự sửa', en: 'fix' },
  suggestion: { vi: 'gợi ý', en: 'suggest' },
  none: { vi: '-', en: '-' },
};

export function formatRules(kind: 'table' | 'json', locale: Locale): string {
  if (kind === 'json') {
    return (
      JSON.stringify(
        ALL_RULES.map((r) => ({ id: r.id, severity: r.severity, fixable: r.fixable, tags: r.tags, docs: r.docs, description: r.description })),
        null,
        2,
      ) + '\n'
    );
  }
  const width = Math.max(...ALL_RULES.map((r) => r.id.length));
  const fixWidth = Math.max(...Object.values(FIXABLE).map((f) => f[locale].length));
  return (
    ALL_RULES.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${FIXABLE[r.fixable][locale].padEnd(fixWidth)}  ${r.description[locale]}`).join(
      '\n',
    ) + '\n'
  );
}
