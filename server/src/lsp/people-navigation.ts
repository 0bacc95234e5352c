// Navigation and refactoring by person: go to definition (the registry entry, else the earliest
// appearance), find references (every appearance in the project) and rename (a workspace edit
// over every record and the registry, annotated so clients can preview it).
import { ResponseError, type Connection, type Location, type Position, type Range, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { guarded, type Logger } from './safe';
import type { Workspace } from './workspace';

const ANNOTATION = 'briefing.renamePerson';

function at(ws: Workspace, uri: string, position: Position) {
  const ref = ws.get(uri);
  return ref && ref.project.engine.personAt(ref.record, position);
}

export function personDefinition(ws: Workspace, uri: string, position: Position): Location | null {
  return at(ws, uri, position)?.definition() ?? null;
}

export function personReferences(ws: Workspace, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  return at(ws, uri, position)?.references(includeDeclaration) ?? [];
}

export function prepareRename(ws: Workspace, uri: string, position: Position): { range: Range; placeholder: string } {
  const p = at(ws, uri, position);
  if (!p) throw new ResponseError(0, 'Chỉ đổi tên được tên người (chair, participants, connection_points, issued_by) / Only a person\'s name can be renamed here.');
  return { range: p.range, placeholder: p.name };
}

export function renamePerson(ws: Workspace, uri: string, position: Position, newName: string, annotations: boolean): WorkspaceEdit | null {
  const p = at(ws, uri, position);
  if (!p) return null;
  if (newName.trim() === '') throw new ResponseError(0, 'Tên mới không được để trống / The new name cannot be empty.');
  const documentChanges: TextDocumentEdit[] = [];
  for (const [target, edits] of p.rename(newName.trim())) {
    const version = ws.openDoc(target)?.version ?? null;
    documentChanges.push({ textDocument: { uri: target, version }, edits: annotations ? edits.map((e) => ({ ...e, annotationId: ANNOTATION })) : edits });
  }
  if (!annotations) return { documentChanges };
  const label = `${p.name} → ${newName.trim()}`;
  return { documentChanges, changeAnnotations: { [ANNOTATION]: { label, needsConfirmation: false, description: 'Đổi tên người trong mọi hồ sơ và sổ nhân sự / Rename the person in every record and the registry' } } };
}

/** Registers the handlers; `ready` resolves once the workspace is scanned, so every record is indexed. */
export function registerPeopleNavigation(connection: Connection, workspace: () => Workspace, log: Logger, ready: () => Promise<void>, annotations: () => boolean): void {
  connection.onDefinition(guarded(log, 'definition', null, async (params) => (await ready(), personDefinition(workspace(), params.textDocument.uri, params.position))));
  connection.onReferences(guarded(log, 'references', [], async (params) => (await ready(), personReferences(workspace(), params.textDocument.uri, params.position, params.context.includeDeclaration))));
  connection.onPrepareRename(guarded(log, 'prepareRename', null, async (params) => (await ready(), prepareRename(workspace(), params.textDocument.uri, params.position))));
  connection.onRenameRequest(guarded(log, 'rename', null, async (params) => (await ready(), renamePerson(workspace(), params.textDocument.uri, params.position, params.newName, annotations()))));
}
