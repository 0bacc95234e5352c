// Escaping and the few markup helpers every page uses. Pages carry no inline style attributes,
// so a strict Content Security Policy (styles by nonce only) applies to them unchanged.

export function esc(s: string | number | undefined): string {
  return String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** ` data-line="12"` when the item has a line, so the preview can reveal it in the editor. */
export function lineAttr(line: number | undefined): string {
  return line === undefined ? '' : ` data-line="${line}"`;
}

/** A definition list of the entries that have a value. */
export function facts(entries: [string, string | undefined][]): string {
  const rows = entries.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`);
  return rows.length ? `<dl class="facts">${rows.join('')}</dl>` : '';
}

export function section(id: string, heading: string, body: string, line?: number): string {
  return `<section id="${esc(id)}" aria-labelledby="${esc(id)}-h"><h2 id="${esc(id)}-h"${lineAttr(line)}>${esc(heading)}</h2>${body}</section>`;
}
