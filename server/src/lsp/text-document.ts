// The server's copy of an open document, kept equal to the editor's after every incremental
// edit. The text-document library updates its line index incrementally and treats the text of
// each change on its own: an edit that joins a lone "\r" with a "\n" (typing Enter after a CR,
// deleting what stood between them, inserting a "\r" before a "\n") leaves one line break
// counted as two, and every later edit lands at the wrong offset. Such edits are applied to
// the text here and the index rebuilt; all others keep the library's fast incremental path.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver';

function ordered(r: Range): Range {
  const { start, end } = r;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : r;
}

const CR = 13;
const LF = 10;

/** Whether writing `text` over [start, end) of `content` puts a "\r" right before a "\n". */
function joinsLineBreaks(content: string, start: number, end: number, text: string): boolean {
  const before = content.charCodeAt(start - 1);
  const after = content.charCodeAt(end);
  const first = text.length ? text.charCodeAt(0) : after;
  const last = text.length ? text.charCodeAt(text.length - 1) : before;
  return (before === CR && first === LF) || (last === CR && after === LF);
}

export const SyncedTextDocument = {
  create: TextDocument.create,
  update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    for (const change of changes) {
      if (!('range' in change) || !change.range) {
        TextDocument.update(document, [change], version);
        continue;
      }
      const range = ordered(change.range);
      const start = document.offsetAt(range.start);
      const end = document.offsetAt(range.end);
      const content = document.getText();
      if (joinsLineBreaks(content, start, end, change.text)) {
        // Replacing the whole text resets the library's line index; it is rebuilt on next use.
        TextDocument.update(document, [{ text: content.slice(0, start) + change.text + content.slice(end) }], version);
      } else {
        TextDocument.update(document, [change], version);
      }
    }
    return document;
  },
};
