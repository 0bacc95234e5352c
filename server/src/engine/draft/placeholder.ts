// Marked placeholders: what the drafter could not fill. The validator reports each one
// (rule draft-placeholder) and nothing else about the same value.

const OPEN = '<cần điền: ';
const CLOSE = '>';

/** A placeholder value asking for `what`. */
export function placeholder(what: string): string {
  return `${OPEN}${what}${CLOSE}`;
}

/** What a placeholder asks for, or undefined when the value is not one. */
export function placeholderWhat(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (!v.startsWith(OPEN) || !v.endsWith(CLOSE)) return undefined;
  return v.slice(OPEN.length, -CLOSE.length).trim();
}
