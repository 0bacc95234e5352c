// The language server's view of the engine in the built server (scripts/build.mjs): the server
// bundle (dist/server-main.js) holds the connection and the handlers; the engine with `yaml`,
// Ajv and the rules is its own bundle (dist/server-engine.js), loaded on first use, so that
// `initialize` is answered before a megabyte of JavaScript is compiled and run. The build
// defines one getter per export of the engine's index on this module's exports.
import { join } from 'node:path';
import { loadWithCodeCache } from '../host/code-cache';

let engine: Record<string, unknown> | undefined;

/** The engine bundle's exports, loaded the first time a handler reaches for one of them. */
export function engineExports(): Record<string, unknown> {
  engine ??= loadWithCodeCache(join(__dirname, 'server-engine.js')) as Record<string, unknown>;
  return engine;
}
