// Pretty-printed JSON written piece by piece: the same bytes as JSON.stringify(value, null, 2),
// without ever holding the whole text. A report with hundreds of thousands of findings would
// otherwise exceed V8's longest string ("Invalid string length").

/** `value` as JSON.stringify(value, null, 2) would print it `depth` levels deep (no lead). */
export function nested(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  // A JSON text holds no raw newline inside strings, so every newline is layout.
  return depth === 0 ? text : text.split('\n').join('\n' + '  '.repeat(depth));
}

/**
 * An object whose last key is an array streamed from `items`: `head` holds the other keys (in
 * order, before the array), `key` names the array; yields the object's text at `depth`.
 */
export function* objectWithStreamedArray(
  head: object,
  key: string,
  items: Iterable<unknown> | ((depth: number) => Iterable<string>),
  depth: number,
): Generator<string> {
  const pad = '  '.repeat(depth);
  const open = nested(head, depth);
  const hasKeys = Object.keys(head).length > 0;
  // `open` ends with "\n<pad>}" (or is "{}"): reopen it before the streamed key.
  yield (hasKeys ? open.slice(0, open.length - pad.length - 2) + ',\n' : '{\n') + `${pad}  ${JSON.stringify(key)}: `;
  yield* arrayItems(items, depth + 1);
  yield `\n${pad}}`;
}

/** An array's text at `depth` ("[]" when empty), one piece per item. */
export function* arrayItems(items: Iterable<unknown> | ((depth: number) => Iterable<string>), depth: number): Generator<string> {
  const pad = '  '.repeat(depth);
  let first = true;
  if (typeof items === 'function') {
    // Items that stream themselves: each iterable is one item's pieces.
    for (const piece of items(depth + 1)) {
      if (piece === ITEM) {
        yield first ? `[\n${pad}  ` : `,\n${pad}  `;
        first = false;
      } else yield piece;
    }
  } else {
    for (const item of items) {
      yield (first ? `[\n${pad}  ` : `,\n${pad}  `) + nested(item, depth + 1);
      first = false;
    }
  }
  yield first ? '[]' : `\n${pad}]`;
}

/** Marks the start of an item in a self-streaming array (see arrayItems). */
export const ITEM = '\u0000item';

/** `f` over `items`, one at a time. */
export function* mapped<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}
