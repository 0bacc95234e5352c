// dist/server.js: loads the server bundle (dist/server-main.js) with V8's code cache
// (host/code-cache.ts): `initialize` is answered sooner when the bundle need not be compiled.
import { join } from 'node:path';
import { loadWithCodeCache } from '../host/code-cache';

loadWithCodeCache(join(__dirname, 'server-main.js'));
