// Closed workspace files are held as summaries: after the scan the workspace keeps no parse tree
// (no ParsedRecord, no yaml Document) of a file that is not open, yet every feature that needs
// the tree parses it again on demand and answers exactly as from a fresh parse.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDocument, isNode } from 'yaml';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { views } from '../../server/src/engine';
import { Workspace } from '../../server/src/lsp/workspace';
import { SAMPLES, spyOnParses } from '../helpers/engine';

const noDocuments = { get: () => undefined, all: () => [] } as unknown as TextDocuments<TextDocument>;

/** Every parse tree reachable from `root`: ParsedRecords and yaml Documents or nodes. */
function parseTreesIn(root: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length) {
    const x = stack.pop();
    if (typeof x !== 'object' || x === null || seen.has(x)) continue;
    seen.add(x);
    if (isDocument(x) || isNode(x)) found.push('yaml');
    else if ('documents' in x && 'lines' in x && 'problems' in x) found.push('ParsedRecord');
    if (x instanceof Map) for (const [k, v] of x) stack.push(k, v);
    else if (x instanceof Set) for (const v of x) stack.push(v);
    else for (const v of Object.values(x)) stack.push(v);
  }
  return found;
}

/** A workspace over a temporary copy of the samples, removed after the test. */
function samplesWorkspace(t: TestContext): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-closed-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(SAMPLES, dir, { recursive: true });
  const ws = new Workspace(noDocuments);
  ws.setFolders([{ uri: pathToFileURL(dir).href }]);
  return ws;
}

test('after the scan closed records are summaries; a feature that needs the tree still answers', async (t) => {
  const ws = samplesWorkspace(t);
  await ws.scan(['**/*.briefing.{yaml,yml}']);
  const refs = ws.allRecords();
  assert.ok(refs.length >= 11, `records found: ${refs.length}`);
  assert.deepEqual(parseTreesIn(ws), [], 'no parse tree kept by the workspace');

  for (const ref of refs) {
    assert.ok(ref.summary, `${ref.uri} is held as a summary`);
    const fresh = ref.project.engine.parse(ref.record.text, ref.uri, 0);
    const { engine } = ref.project;
    assert.deepEqual(ref.summary.symbols, engine.workspaceSymbols(fresh));
    assert.deepEqual(ref.summary.statistics.vi, views.statisticRows(fresh, 'vi'));
    assert.deepEqual(ref.summary.statistics.en, views.statisticRows(fresh, 'en'));
    // The record view and diagnostics need the tree: it is parsed again, with the same result.
    assert.deepEqual(engine.validate(ref.record), engine.validate(fresh));
    assert.deepEqual(views.recordCard(ref.record, { locale: 'vi' }), views.recordCard(fresh, { locale: 'vi' }));
  }
  assert.ok(
    refs.some((r) => r.summary!.statistics.vi.length > 0),
    'the samples carry statistics',
  );
  assert.deepEqual(parseTreesIn(ws), [], 'a tree parsed on demand is not kept');
});

test('a scan parses each closed record once: the parse its summary came from serves its first validation, then is dropped', async (t) => {
  const ws = samplesWorkspace(t);
  const spy = spyOnParses();
  try {
    ws.keepScanParses(true);
    await ws.scan(['**/*.briefing.{yaml,yml}']);
    const refs = ws.allRecords();
    const records = spy.records().length;
    assert.equal(records, refs.length, 'one parse per record for the summaries');
    for (const ref of refs) ref.project.engine.validate(ref.record);
    assert.equal(spy.records().length, records, 'validation parsed nothing again');
    ws.keepScanParses(false);
    assert.deepEqual(parseTreesIn(ws), [], 'no parse tree kept after the scan');
    for (const ref of ws.allRecords()) void ref.record; // read again: parsed anew
    assert.equal(spy.records().length, records * 2);
  } finally {
    spy.restore();
  }
});
