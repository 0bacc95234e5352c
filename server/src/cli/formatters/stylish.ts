// The default, human-readable output: problems grouped per file, then a summary line.
import type { RunResult } from '../result';
import { count } from '../result';
import { severityName, type Diagnostic, type Locale } from '../../engine';
import type { FormatContext } from './formatter';

const LABELS: Record<Locale, Record<string, string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin', hint: 'gợi ý' },
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** With --fix-dry-run, each file's diff comes first. Written piece by piece: any number of findings. */
export function* formatStylish(result: RunResult, { locale, colors: c }: Pick<FormatContext, 'locale' | 'colors'>): Generator<string> {
  for (const f of result.files) if (f.diff) yield f.diff;
  const labels = LABELS[locale];
  for (const f of result.files) {
    if (f.ioError) yield `${c.bold(f.path)}\n  ${c.red(labels.error)}  ${f.ioError}  ${c.dim('io-error')}\n\n`;
    if (f.diagnostics.length === 0) continue;
    // Column widths by a loop, not Math.max(...rows): a spread of 100,000+ values overflows the stack.
    let posWidth = 0;
    let sevWidth = 0;
    for (const d of f.diagnostics) {
      posWidth = Math.max(posWidth, position(d).length);
      sevWidth = Math.max(sevWidth, labels[severityName(d.severity)].length);
    }
    const lines = [c.bold(f.path)];
    for (const d of f.diagnostics) {
      const sev = severityName(d.severity);
      const color = sev === 'error' ? c.red : sev === 'warning' ? c.yellow : c.blue;
      lines.push(`  ${c.dim(position(d).padEnd(posWidth))}  ${color(labels[sev].padEnd(sevWidth))}  ${d.message}  ${c.dim(d.code)}`);
      if (lines.length >= 512) yield lines.splice(0).join('\n') + '\n';
    }
    yield lines.join('\n') + (lines.length ? '\n\n' : '\n');
  }
  yield summary(result, locale, c).join('\n') + '\n';
}

const position = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1}`;

function summary(result: RunResult, locale: Locale, c: FormatContext['colors']): string[] {
  const out: string[] = [];
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
    out.push(
      locale === 'en'
        ? `  no problems in the ${plural(result.files.length - unreadable, 'file')} read (${secs} s)${fixedLine}`
        : `  không có vấn đề trong ${result.files.length - unreadable} tệp đã đọc (${secs} s)${fixedLine}`,
    );
  } else if (problems === 0) {
    out.push(
      locale === 'en'
        ? `✔ ${plural(result.files.length, 'file')} checked, no problems (${secs} s)${fixedLine}`
        : `✔ Đã kiểm tra ${result.files.length} tệp, không có vấn đề (${secs} s)${fixedLine}`,
    );
  } else {
    const line =
      locale === 'en'
        ? `✖ ${plural(problems, 'problem')} (${plural(n.errors, 'error')}, ${plural(n.warnings, 'warning')}, ${n.infos} info) in ${result.files.filter((f) => f.diagnostics.length).length} of ${plural(result.files.length, 'file')} (${secs} s)${fixedLine}`
        : `✖ ${problems} vấn đề (${n.errors} lỗi, ${n.warnings} cảnh báo, ${n.infos} thông tin) trong ${result.files.filter((f) => f.diagnostics.length).length}/${result.files.length} tệp (${secs} s)${fixedLine}`;
    out.push(n.errors ? c.red(c.bold(line)) : c.yellow(c.bold(line)));
    if (n.fixable) out.push(c.dim(locale === 'en' ? `  ${n.fixable} can be fixed with --fix` : `  ${n.fixable} vấn đề có thể sửa bằng --fix`));
  }
  return out;
}
