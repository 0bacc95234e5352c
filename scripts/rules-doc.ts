// Renders docs/rules.md from the rule registry, so the documentation never drifts from the code.
import { ALL_RULES } from '../server/src/engine';

export function renderRulesDoc(): string {
  const out: string[] = [
    '# Quy tắc kiểm tra — Rules',
    '',
    'Generated from the rule registry (`server/src/engine/rules/`) by `npm run docs:rules`; a test fails when this file is stale.',
    'Every diagnostic carries one of these codes. Change a severity or turn a rule off with `briefing.rules` in the editor,',
    'or for one place with a comment: `# briefing-disable-line RULE`, `# briefing-disable-next-line RULE`, `# briefing-disable RULE` (whole file).',
    '',
    'Sửa / Fix: **safe** — `briefing validate --fix` and "fix all" apply the fix (it never changes a fact: spelling, diacritics,',
    'number or date format, a misspelt key); **suggestion** — a quick fix offered for the user to pick; — no fix.',
    '',
    '| Mã / Code | Mức / Severity | Sửa / Fix | Kiểm tra gì | What it checks |',
    '|---|---|---|---|---|',
  ];
  const fixable = (f: string) => (f === 'none' ? '—' : f);
  for (const r of ALL_RULES) out.push(`| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${fixable(r.fixable)} | ${r.description.vi} | ${r.description.en} |`);
  out.push('', '## Messages', '');
  for (const r of ALL_RULES) {
    out.push(`### \`${r.id}\``, '');
    const fixes = Object.entries(r.fixes).map(([id, kind]) => `\`${id}\` ${kind}`);
    out.push(`Tags: ${r.tags.join(', ')}. Fixes: ${fixes.length ? fixes.join(', ') : '—'}.`, '');
    for (const [id, m] of Object.entries(r.messages)) out.push(`- \`${id}\`: ${m.vi} — ${m.en}`);
    out.push('');
  }
  return out.join('\n');
}
