// Reads the bundled schema and catalogs from the package's schemas/ folder (next to dist/ or
// the repository root). Local files only: nothing is ever fetched.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Engine, parseYamlValue, type CatalogData, type SchemaNode } from '../engine';

export function findSchemasDir(start = __dirname): string {
  let dir = start;
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'schemas', 'briefing.schema.json');
    if (existsSync(candidate)) return join(dir, 'schemas');
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error(`schemas/briefing.schema.json not found above ${start}`);
}

export interface Assets {
  schemasDir: string;
  schema: SchemaNode;
  catalogSchema?: SchemaNode;
  peopleSchema?: SchemaNode;
  catalogs: CatalogData[];
}

function readJson(path: string): SchemaNode | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SchemaNode) : undefined;
}

const loaded = new Map<string, Assets>();

/** The bundled assets, read once per process (engines and worker threads share them). */
export function loadAssets(schemasDir = findSchemasDir()): Assets {
  let assets = loaded.get(schemasDir);
  if (!assets) {
    assets = readAssets(schemasDir);
    loaded.set(schemasDir, assets);
  }
  return assets;
}

function readAssets(schemasDir: string): Assets {
  const catalogDir = join(schemasDir, 'catalogs');
  let catalogs: CatalogData[] | undefined;
  return {
    schemasDir,
    schema: readJson(join(schemasDir, 'briefing.schema.json'))!,
    catalogSchema: readJson(join(schemasDir, 'catalog.schema.json')),
    peopleSchema: readJson(join(schemasDir, 'people.schema.json')),
    // Read on first use: a language server answers `initialize` before it needs them.
    get catalogs(): CatalogData[] {
      return (catalogs ??= existsSync(catalogDir)
        ? readdirSync(catalogDir)
            .filter((f) => f.endsWith('.yaml'))
            .sort()
            .map((f) => parseYamlValue(readFileSync(join(catalogDir, f), 'utf8')) as CatalogData)
        : []);
    },
  };
}

export function createEngine(assets: Assets = loadAssets()): Engine {
  return new Engine({
    schema: assets.schema,
    catalogSchema: assets.catalogSchema,
    peopleSchema: assets.peopleSchema,
    get catalogs() {
      return assets.catalogs;
    },
  });
}
