// The default, human-readable output: problems grouped per file, then a summary line.
import type { RunResult } from '../result';
import { count } from '../result';
import { severityName, type Locale } from '../../engine';
import type { FormatContext } from './formatter';

const LABELS: Record<Locale, Record<string, string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin', hint: 'gợi ý' },
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** With --fix-dry-run, each file's diff comes first. */
export function formatStylish(result: RunResult, { locale, colors: c }: FormatContext): string {
  const out: string[] = [];
  const diffs = result.files.map((f) => f.diff ?? '').join('');
  const labels = LABELS[locale];
  for (const f of result.files) {
    if (f.ioError) out.push(c.bold(f.path), `  ${c.red(labels.error)}  ${f.ioError}  ${c.dim('io-error')}`, '');
    if (f.diagnostics.length === 0) continue;
    out.push(c.bold(f.path));
    const rows = f.diagnostics.map((d) => {
      const sev = severityName(d.severity);
      const color = sev === 'error' ? c.red : sev === 'warning' ? c.yellow : c.blue;
      return { pos: `${d.range.start.line + 1}:${d.range.start.character + 1}`, sev: labels[sev], color, msg: d.message, code: d.code };
    });
    const posWidth = Math.max(...rows.map((r) => r.pos.length));
    const sevWidth = Math.max(...rows.map((r) => r.sev.length));
    for (const r of rows) out.push(`  ${c.dim(r.pos.padEnd(posWidth))}  ${r.color(r.sev.padEnd(sevWidth))}  ${r.msg}  ${c.dim(r.code)}`);
    out.push('');
  }
  const n = count(result.files);
  const problems = n.errors + n.warnings + n.infos;
  const secs = (result.elapsedMs / 1000).toFixed(2);
  const fixedTotal = result.files.reduce((a, f) => a + (f.fixed ?? 0), 0);
  const fixedLine = fixedTotal ? (locale === 'en' ? ` · ${fixedTotal} fixed` : ` · đã sửa ${fixedTotal}`) : '';
  const unreadable = result.files.filter((f) => f.ioError).length;
  if (unreadable) {
    const line = locale === 'en' ? `✖ ${plural(unreadable, 'file')} could not be read` : `✖ ${unreadable} tệp không đọc được`;
    out.push(c.red(c.bold(line)));
  }
  if (problems === 0 && unreadable) {
    out.push(locale === 'en' ? `  no problems in the ${plural(result.files.length - unreadable, 'file')} read (${secs} s)${fixedLine}` : `  không có vấn đề trong ${result.files.length - unreadable} tệp đã đọc (${secs} s)${fixedLine}`);
  } else if (problems === 0) {
    out.push(locale === 'en' ? `✔ ${plural(result.files.length, 'file')} checked, no problems (${secs} s)${fixedLine}` : `✔ Đã kiểm tra ${result.files.length} tệp, không có vấn đề (${secs} s)${fixedLine}`);
  } else {
    const line =
      locale === 'en'
        ? `✖ ${plural(problems, 'problem')} (${plural(n.errors, 'error')}, ${plural(n.warnings, 'warning')}, ${n.infos} info) in ${result.files.filter((f) => f.diagnostics.length).length} of ${plural(result.files.length, 'file')} (${secs} s)${fixedLine}`
        : `✖ ${problems} vấn đề (${n.errors} lỗi, ${n.warnings} cảnh báo, ${n.infos} thông tin) trong ${result.files.filter((f) => f.diagnostics.length).length}/${result.files.length} tệp (${secs} s)${fixedLine}`;
    out.push(n.errors ? c.red(c.bold(line)) : c.yellow(c.bold(line)));
    if (n.fixable) out.push(c.dim(locale === 'en' ? `  ${n.fixable} can be fixed with --fix` : `  ${n.fixable} vấn đề có thể sửa bằng --fix`));
  }
  return diffs + out.join('\n') + '\n';
}
