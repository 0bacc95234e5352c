// Navigation and refactoring by person: go to definition (the registry entry, else the earliest
// appearance), find references (every appearance in the project) and rename (a workspace edit
// over every record and the registry, annotated so clients can preview it).
import { ResponseError, type Location, type Position, type Range, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { pathToUri } from './files';
import type { ServerState } from './server-state';
import type { Workspace } from './workspace';

const ANNOTATION = 'briefing.renamePerson';

function at(ws: Workspace, uri: string, position: Position) {
  ws.notePeopleOfOpenDocuments();
  const ref = ws.get(uri);
  return ref && ref.project.engine.personAt(ref.record, position);
}

/** Records are indexed by URI; the project's registry files by path (host/project.ts). */
function asUri(target: string): string {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(target) ? target : pathToUri(target);
}

const located = (l: Location): Location => ({ uri: asUri(l.uri), range: l.range });

export function personDefinition(ws: Workspace, uri: string, position: Position): Location | null {
  const d = at(ws, uri, position)?.definition();
  return d ? located(d) : null;
}

export function personReferences(ws: Workspace, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  return (at(ws, uri, position)?.references(includeDeclaration) ?? []).map(located);
}

export function prepareRename(ws: Workspace, uri: string, position: Position): { range: Range; placeholder: string } {
  const p = at(ws, uri, position);
  if (!p)
    throw new ResponseError(0, "Chỉ đổi tên được tên người (chair, participants, connection_points, issued_by) / Only a person's name can be renamed here.");
  return { range: p.range, placeholder: p.name };
}

export function renamePerson(ws: Workspace, uri: string, position: Position, newName: string, annotations: boolean): WorkspaceEdit | null {
  const p = at(ws, uri, position);
  if (!p) return null;
  if (newName.trim() === '') throw new ResponseError(0, 'Tên mới không được để trống / The new name cannot be empty.');
  const documentChanges: TextDocumentEdit[] = [];
  for (const [target, edits] of p.rename(newName.trim())) {
    const version = ws.openDoc(asUri(target))?.version ?? null;
    documentChanges.push({
      textDocument: { uri: asUri(target), version },
      edits: annotations ? edits.map((e) => ({ ...e, annotationId: ANNOTATION })) : edits,
    });
  }
  if (!annotations) return { documentChanges };
  const label = `${p.name} → ${newName.trim()}`;
  return {
    documentChanges,
    changeAnnotations: {
      [ANNOTATION]: {
        label,
        needsConfirmation: false,
        description: 'Đổi tên người trong mọi hồ sơ và sổ nhân sự / Rename the person in every record and the registry',
      },
    },
  };
}

/** Registers the handlers; references and rename span the workspace, so they wait for its first scan. */
export function registerPeopleNavigation(state: ServerState): void {
  const { connection, handlers } = state;
  const annotations = () => !!state.caps.workspace?.workspaceEdit?.changeAnnotationSupport;
  connection.onDefinition(handlers.request('definition', null, (p) => personDefinition(state.workspace, p.textDocument.uri, p.position), 'scanned'));
  connection.onReferences(
    handlers.request('references', [], (p) => personReferences(state.workspace, p.textDocument.uri, p.position, p.context.includeDeclaration), 'scanned'),
  );
  connection.onPrepareRename(handlers.request('prepareRename', null, (p) => prepareRename(state.workspace, p.textDocument.uri, p.position), 'scanned'));
  connection.onRenameRequest(
    handlers.request('rename', null, (p) => renamePerson(state.workspace, p.textDocument.uri, p.position, p.newName, annotations()), 'scanned'),
  );
}
