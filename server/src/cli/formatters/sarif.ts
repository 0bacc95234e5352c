// SARIF 2.1.0 for code scanning: one run, the rule table, results with 1-based regions and fixes.
import type { RunResult } from '../result';
import { ALL_RULES, isSafeFix, severityName, type SeverityName } from '../../engine';
import type { FormatContext } from './formatter';

const LEVEL: Record<SeverityName, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function toUri(path: string): string {
  return path.split('\\').join('/').split('/').map(encodeURIComponent).join('/');
}

export function formatSarif(result: RunResult, { version, locale, cwd }: FormatContext): string {
  const rules = ALL_RULES.map((r) => ({
    id: r.id,
    shortDescription: { text: locale === 'en' ? r.description.en : r.description.vi },
    fullDescription: { text: `${r.description.vi} — ${r.description.en}` },
    // Relative to the repository root: the rule reference ships with the package; no web address.
    helpUri: r.docs,
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: [...r.tags], fixable: r.fixable },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const region = (range: { start: { line: number; character: number }; end: { line: number; character: number } }) => ({
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  });
  const results = result.files.flatMap((f) =>
    f.diagnostics.map((d) => {
      const artifactLocation = { uri: toUri(f.path), uriBaseId: '%SRCROOT%' };
      const fix = d.fixes?.find(isSafeFix);
      return {
        ruleId: d.code,
        ...(index.has(d.code) ? { ruleIndex: index.get(d.code) } : {}),
        level: LEVEL[severityName(d.severity)],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(d.range) } }],
        ...(fix
          ? {
              fixes: [
                {
                  description: { text: fix.title },
                  artifactChanges: [{ artifactLocation, replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })) }],
                },
              ],
            }
          : {}),
      };
    }),
  );
  // A file that could not be read is not a finding of a rule: SARIF says so in the invocation.
  const notifications = result.files
    .filter((f) => f.ioError)
    .map((f) => ({ level: 'error', message: { text: f.ioError }, locations: [{ physicalLocation: { artifactLocation: { uri: toUri(f.path), uriBaseId: '%SRCROOT%' } } }] }));
  const sarif = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'briefing', version, semanticVersion: version, rules } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: toUri(cwd).replace(/^\/?/, 'file:///') + '/' } },
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
