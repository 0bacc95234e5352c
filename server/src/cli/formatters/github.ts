// GitHub Actions workflow commands: one annotation per diagnostic.
import type { RunResult } from '../result';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function* formatGithubChunks(result: RunResult): Generator<string> {
  for (const f of result.files) {
    for (const d of f.diagnostics) {
      const cmd = d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'notice';
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

export function formatGithub(result: RunResult): string {
  return [...formatGithubChunks(result)].join('');
}
