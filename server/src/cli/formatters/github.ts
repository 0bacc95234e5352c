// GitHub Actions workflow commands: one annotation per diagnostic.
import { severityName, type SeverityName } from '../../engine';
import type { RunResult } from '../result';

const COMMAND: Record<SeverityName, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(result: RunResult): string {
  const lines: string[] = [];
  for (const f of result.files) {
    if (f.ioError) lines.push(`::error file=${escapeProperty(f.path)},title=io-error::${escapeData(f.ioError)}`);
    for (const d of f.diagnostics) {
      const cmd = COMMAND[severityName(d.severity)];
      const props = [
        `file=${escapeProperty(f.path)}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(d.code)}`,
      ];
      lines.push(`::${cmd} ${props.join(',')}::${escapeData(d.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
