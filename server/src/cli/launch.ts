// dist/cli.js: loads the CLI bundle (dist/cli-main.js) with V8's code cache (host/code-cache.ts).
import { join } from 'node:path';
import { loadWithCodeCache } from '../host/code-cache';

loadWithCodeCache(join(__dirname, 'cli-main.js'));
