// GitHub Actions workflow commands: one annotation per diagnostic.
import { severityName, type SeverityName } from '../../engine';
import type { RunResult } from '../result';

const COMMAND: Record<SeverityName, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function* formatGithub(result: RunResult): Generator<string> {
  for (const f of result.files) {
    if (f.ioError) yield `::error file=${escapeProperty(f.path)},title=io-error::${escapeData(f.ioError)}\n`;
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
      yield `::${cmd} ${props.join(',')}::${escapeData(d.message)}\n`;
    }
  }
}
