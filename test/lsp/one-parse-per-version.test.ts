// One parse per document version: the server's workspace model hands every request the same
// parsed record until the version changes, reading it records nothing, and the engine validates
// each parsed record once (its diagnostics are cached on that object).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Workspace } from '../../server/src/lsp/workspace';
import { BASE } from '../helpers/engine';

/** The two reads the workspace model makes of the editor's documents. */
function openDocuments(docs: TextDocument[]): TextDocuments<TextDocument> {
  return { get: (uri: string) => docs.find((d) => d.uri === uri), all: () => docs } as unknown as TextDocuments<TextDocument>;
}

test('the same version is parsed once and validated once; a new version is parsed again', () => {
  const uri = 'file:///nowhere/a.briefing.yaml';
  const docs = [TextDocument.create(uri, 'briefing-yaml', 1, BASE)];
  const ws = new Workspace(openDocuments(docs));
  const first = ws.get(uri)!;
  const again = ws.get(uri)!;
  assert.equal(again.record, first.record, 'the same parsed record for the same version');
  assert.equal(first.stamp, 'v1');
  const engine = first.project.engine;
  assert.equal(engine.validate(again.record), engine.validate(first.record), 'diagnostics cached on the parsed record');

  docs[0] = TextDocument.update(docs[0], [{ text: BASE.replace('Tô Lâm', 'Lương Tam Quang') }], 2);
  const next = ws.get(uri)!;
  assert.notEqual(next.record, first.record);
  assert.equal(next.record.version, 2);
  assert.equal(ws.get(uri)!.record, next.record);
});

test('reading a record does not record its people; noting the open documents does', () => {
  const uri = 'file:///nowhere/b.briefing.yaml';
  const ws = new Workspace(openDocuments([TextDocument.create(uri, 'briefing-yaml', 1, BASE)]));
  const people = ws.get(uri)!.project.engine.people;
  assert.ok(!people.names().includes('Tô Lâm'));
  ws.notePeopleOfOpenDocuments();
  assert.ok(people.names().includes('Tô Lâm'));
});
