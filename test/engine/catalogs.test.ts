// The bundled catalogs are consistent data: every reference resolves, every source is listed,
// and the provincial police match the 2025 reorganisation (63 → 34 on 2025-07-01).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { read, ROOT, newEngine, brief } from '../helpers/engine';
import type { CatalogData, UnitEntry } from '../../server/src/engine/catalog/types';

const dir = join(ROOT, 'schemas', 'catalogs');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const data: Record<string, CatalogData> = Object.fromEntries(files.map((f) => [f, parse(read(join(dir, f))) as CatalogData]));
const all = Object.values(data);
const units = all.flatMap((d) => d.units ?? []);
const sourceIds = new Set(all.flatMap((d) => d.sources ?? []).map((s) => s.id));
const cand = data['ranks.yaml'].forces!.find((f) => f.id === 'cand')!;
const rankNames = new Set(cand.ranks.map((r) => r.name));

test('every catalog file validates against catalog.schema.json', () => {
  const engine = newEngine();
  for (const f of files) assert.deepEqual(engine.setWorkspaceCatalog(read(join(dir, f)), f).map(brief), [], f);
});

test('every cited source is listed in sources.yaml', () => {
  const cited = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'sources' && Array.isArray(x) && x.every((s) => typeof s === 'string')) x.forEach((s) => cited.add(s));
        else walk(x);
      }
    }
  };
  for (const [f, d] of Object.entries(data)) if (f !== 'sources.yaml') walk(d);
  assert.deepEqual(
    [...cited].filter((s) => !sourceIds.has(s)),
    [],
  );
});

test('the CAND ladder has 17 ranks in order of seniority', () => {
  assert.equal(cand.ranks.length, 17);
  assert.deepEqual(
    cand.ranks.map((r) => r.order),
    Array.from({ length: 17 }, (_, i) => i + 1),
  );
  assert.equal(cand.ranks[0].name, 'Đại tướng');
  assert.equal(cand.ranks[16].name, 'Binh nhì');
});

test('ceilings are CAND ranks; parents and successors are units', () => {
  const names = new Set(units.map((u) => u.name));
  for (const p of data['positions.yaml'].positions ?? []) if (p.ceiling) assert.ok(rankNames.has(p.ceiling), `${p.title}: ${p.ceiling}`);
  for (const u of units) {
    if (u.head_ceiling) assert.ok(rankNames.has(u.head_ceiling), u.name);
    if (u.parent) assert.ok(names.has(u.parent), `${u.name} → parent ${u.parent}`);
    if (u.successor) assert.ok(names.has(u.successor), `${u.name} → successor ${u.successor}`);
  }
});

test('63 provincial police before 2025-07-01 (from 2025-01-01 with Huế), 34 after', () => {
  const provincial = units.filter((u) => u.kind === 'công an tỉnh');
  const at = (date: string) => provincial.filter((u: UnitEntry) => (!u.valid_from || u.valid_from <= date) && (!u.valid_to || date <= u.valid_to)).length;
  assert.equal(at('2024-06-01'), 63);
  assert.equal(at('2025-03-01'), 63);
  assert.equal(at('2025-07-01'), 34);
  // A merged province points to a successor that exists on 2025-07-01.
  const thaiBinh = provincial.find((u) => u.name === 'Công an tỉnh Thái Bình')!;
  assert.equal(thaiBinh.successor, 'Công an tỉnh Hưng Yên');
});

test('no alias names two different units', () => {
  const seen = new Map<string, string>();
  for (const u of units) {
    for (const a of [u.name, ...(u.aliases ?? [])]) {
      const prev = seen.get(a);
      assert.ok(!prev || prev === u.name, `"${a}" names both ${prev} and ${u.name}`);
      seen.set(a, u.name);
    }
  }
});

test('measures mark counts; % is a percentage', () => {
  const measures = data['measures.yaml'].measures!;
  const by = (n: string) => measures.find((m) => m.name === n)!;
  assert.equal(by('vụ').count, true);
  assert.equal(by('đối tượng').count, true);
  assert.equal(by('kg').count, false);
  assert.equal(by('%').percent, true);
});
