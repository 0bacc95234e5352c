// SARIF 2.1.0 for code scanning: one run, the rule table, results with 1-based regions and fixes.
// Written piece by piece (see json-stream.ts), so any number of results fits.
import type { Diagnostic } from '../../engine';
import type { FileResult, RunResult } from '../result';
import { ALL_RULES, isSafeFix, severityName, type SeverityName } from '../../engine';
import type { FormatContext } from './formatter';
import { ITEM, mapped, objectWithStreamedArray } from './json-stream';

const LEVEL: Record<SeverityName, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function toUri(path: string): string {
  return path.split('\\').join('/').split('/').map(encodeURIComponent).join('/');
}

type Range = Diagnostic['range'];

const region = (range: Range) => ({
  startLine: range.start.line + 1,
  startColumn: range.start.character + 1,
  endLine: range.end.line + 1,
  endColumn: range.end.character + 1,
});

function sarifResult(f: FileResult, d: Diagnostic, index: Map<string, number>) {
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
              artifactChanges: [
                { artifactLocation, replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })) },
              ],
            },
          ],
        }
      : {}),
  };
}

export function* formatSarif(result: RunResult, { version, locale, cwd }: Pick<FormatContext, 'version' | 'locale' | 'cwd'>): Generator<string> {
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
  // A file that could not be read is not a finding of a rule: SARIF says so in the invocation.
  const notifications = result.files
    .filter((f) => f.ioError)
    .map((f) => ({
      level: 'error',
      message: { text: f.ioError },
      locations: [{ physicalLocation: { artifactLocation: { uri: toUri(f.path), uriBaseId: '%SRCROOT%' } } }],
    }));
  const run = {
    tool: { driver: { name: 'briefing', version, semanticVersion: version, rules } },
    invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
    columnKind: 'utf16CodeUnits',
    originalUriBaseIds: { '%SRCROOT%': { uri: toUri(cwd).replace(/^\/?/, 'file:///') + '/' } },
  };
  const results = function* () {
    for (const f of result.files) for (const d of f.diagnostics) yield sarifResult(f, d, index);
  };
  const runs = function* (depth: number): Generator<string> {
    yield ITEM;
    yield* objectWithStreamedArray(
      run,
      'results',
      mapped(results(), (x) => x),
      depth,
    );
  };
  const head = { $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json', version: '2.1.0' };
  yield* objectWithStreamedArray(head, 'runs', runs, 0);
  yield '\n';
}
