// The record schema as one object for the engine's users: resolution and navigation live in
// schema-path.ts (JSON-pointer references, if/then/else by the data).
import type { SchemaNode } from './annotations';
import type { PathSegment } from '../parse/nodes';
import { resolveSchema, schemaAt } from './schema-path';

export class SchemaNav {
  constructor(readonly root: SchemaNode) {}

  resolve(node: SchemaNode | undefined): SchemaNode | undefined {
    return resolveSchema(this.root, node);
  }

  /** The schema of the value at `path`, given the document's data. */
  at(path: readonly PathSegment[], data: unknown): SchemaNode | undefined {
    return schemaAt(this.root, path, data).node;
  }
}
