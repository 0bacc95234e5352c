// Nodes of the fast parse path. The `yaml` constructors mark every node with
// Object.defineProperty (its type under a symbol), which makes a node 5–6 times slower to allocate
// than a plain object; a record has thousands. These are instances of the same classes (the same
// methods, `instanceof`), whose type mark sits once on a shared prototype, where `isScalar`,
// `isMap`, `isSeq` and `isPair` find it.
import { Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';

/** A prototype under the class's own, carrying the type mark a `yaml` constructor puts on each node. */
function markedPrototype<T extends object>(sample: T): T {
  const proto = Object.create(Object.getPrototypeOf(sample) as object) as T;
  for (const sym of Object.getOwnPropertySymbols(sample)) {
    Object.defineProperty(proto, sym, { value: (sample as Record<symbol, unknown>)[sym] });
  }
  // A collection's schema is an own, hidden property; these nodes have none, as `new YAMLMap()`.
  if (Object.prototype.hasOwnProperty.call(sample, 'schema')) Object.defineProperty(proto, 'schema', { value: undefined, writable: true, configurable: true });
  return proto;
}

type Ctor<T, A extends unknown[]> = new (...args: A) => T;

const FastScalar = function (this: Scalar, value: unknown) {
  this.value = value;
} as unknown as Ctor<Scalar, [unknown]>;
FastScalar.prototype = markedPrototype(new Scalar(null));

const FastPair = function (this: Pair<Node, Node | null>, key: Node, value: Node | null) {
  this.key = key;
  this.value = value;
} as unknown as Ctor<Pair<Node, Node | null>, [Node, Node | null]>;
FastPair.prototype = markedPrototype(new Pair(null));

const FastMap = function (this: YAMLMap) {
  this.items = [];
} as unknown as Ctor<YAMLMap, []>;
FastMap.prototype = markedPrototype(new YAMLMap());

const FastSeq = function (this: YAMLSeq) {
  this.items = [];
} as unknown as Ctor<YAMLSeq, []>;
FastSeq.prototype = markedPrototype(new YAMLSeq());

export const newScalar = (value: unknown): Scalar => new FastScalar(value);
export const newPair = (key: Node, value: Node | null): Pair<Node, Node | null> => new FastPair(key, value);
export const newMap = (): YAMLMap => new FastMap();
export const newSeq = (): YAMLSeq => new FastSeq();
