// `briefing validate --cache`: findings of unchanged records are reused; any change to the
// record, the project's configuration, catalog or people registry, the locale or the program
// makes the record be checked again, and so does a change in what another record says about its
// people. Reuse is proven by a planted marker in the cache file: a reused entry reports it, a
// re-checked record cannot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInProcess, tempDir } from '../helpers/cli';
import { BASE, ROOT, spyOnParses } from '../helpers/engine';

const MARK = 'DẤU-ĐÃ-LƯU';

function project(): string {
  return tempDir({
    'a.briefing.yaml': BASE,
    'b.briefing.yaml': BASE.replace('value: 1457', 'value: 1.457'),
    '.briefing/people.yaml': 'people: []\n',
  });
}

/** Plants the marker in every cached entry: a run that reuses an entry prints it. */
function plant(cacheFile: string): void {
  const data = JSON.parse(readFileSync(cacheFile, 'utf8'));
  for (const entry of Object.values(data.entries) as { diagnostics: unknown[] }[]) {
    entry.diagnostics = [
      { code: 'count-not-integer', severity: 1, message: MARK, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } },
    ];
  }
  writeFileSync(cacheFile, JSON.stringify(data));
}

const reused = (dir: string, args: string[] = []) => {
  const out = runInProcess(['validate', '.', '--cache', '--format', 'json', ...args], dir).stdout;
  const files = JSON.parse(out).files as { path: string; diagnostics: { message: string }[] }[];
  return files
    .filter((f) => f.diagnostics.some((d) => d.message === MARK))
    .map((f) => f.path)
    .sort();
};

test('--cache writes .briefingcache and a re-run reuses unchanged records', () => {
  const dir = project();
  const first = runInProcess(['validate', '.', '--cache', '--format', 'json'], dir);
  assert.equal(first.code, 1);
  assert.ok(existsSync(join(dir, '.briefingcache')));
  const cache = JSON.parse(readFileSync(join(dir, '.briefingcache'), 'utf8'));
  assert.deepEqual(Object.keys(cache.entries).sort(), ['a.briefing.yaml', 'b.briefing.yaml']);
  assert.deepEqual(
    cache.entries['b.briefing.yaml'].diagnostics.map((d: { code: string }) => d.code),
    ['thousands-separator'],
  );
  // The same findings come back from the cache, byte for byte.
  const second = runInProcess(['validate', '.', '--cache', '--format', 'json'], dir);
  assert.equal(second.stdout.replace(/"elapsedMs": \d+/, ''), first.stdout.replace(/"elapsedMs": \d+/, ''));
  plant(join(dir, '.briefingcache'));
  assert.deepEqual(reused(dir), ['a.briefing.yaml', 'b.briefing.yaml']);
  // Without --cache nothing is read from it.
  assert.doesNotMatch(runInProcess(['validate', '.', '--format', 'json'], dir).stdout, new RegExp(MARK));
});

test('a changed record is checked again, the others are reused', () => {
  const dir = project();
  runInProcess(['validate', '.', '--cache'], dir);
  plant(join(dir, '.briefingcache'));
  writeFileSync(join(dir, 'b.briefing.yaml'), BASE);
  assert.deepEqual(reused(dir), ['a.briefing.yaml']);
});

for (const [what, file, text] of [
  ['the people registry', '.briefing/people.yaml', 'people:\n  - name: Tô Lâm\n'],
  ['the workspace catalog', '.briefing/catalog.yaml', 'measures:\n  - name: chuyến bay\n    count: true\n'],
  ['the configuration', '.briefing/config.yaml', 'locale: en\n'],
] as const) {
  test(`a change to ${what} invalidates every record of the project`, () => {
    // Two projects side by side: only the changed one is checked again.
    const dir = tempDir({
      'p1/a.briefing.yaml': BASE,
      'p1/.briefing/people.yaml': 'people: []\n',
      'p2/c.briefing.yaml': BASE,
      'p2/.briefing/people.yaml': 'people: []\n',
    });
    runInProcess(['validate', '.', '--cache'], dir);
    plant(join(dir, '.briefingcache'));
    writeFileSync(join(dir, 'p1', file), text);
    assert.deepEqual(reused(dir), ['p2/c.briefing.yaml']);
  });
}

test('the locale and --quiet are part of the key', () => {
  const dir = project();
  runInProcess(['validate', '.', '--cache'], dir);
  plant(join(dir, '.briefingcache'));
  assert.deepEqual(reused(dir, ['--locale', 'en']), []);
  runInProcess(['validate', '.', '--cache'], dir);
  plant(join(dir, '.briefingcache'));
  assert.deepEqual(reused(dir, ['--quiet']), []);
});

test('paths are relative: a cache restored into another checkout still hits', () => {
  const dir = project();
  runInProcess(['validate', '.', '--cache'], dir);
  plant(join(dir, '.briefingcache'));
  const moved = join(mkdtempSync(join(tmpdir(), 'briefing-moved-')), 'checkout');
  cpSync(dir, moved, { recursive: true });
  assert.deepEqual(reused(moved), ['a.briefing.yaml', 'b.briefing.yaml']);
});

test('--cache-location takes a file or a folder; a corrupt cache is rebuilt, not an error', () => {
  const dir = project();
  assert.equal(runInProcess(['validate', '.', '--cache-location', 'ci-cache.json'], dir).code, 1);
  assert.ok(existsSync(join(dir, 'ci-cache.json')));
  assert.ok(!existsSync(join(dir, '.briefingcache')));
  runInProcess(['validate', '.', '--cache', '--cache-location', 'cache-dir/'], dir);
  assert.ok(existsSync(join(dir, 'cache-dir', '.briefingcache')));
  // An absolute location is used as it is.
  const elsewhere = join(mkdtempSync(join(tmpdir(), 'briefing-cache-abs-')), 'abs.json');
  runInProcess(['validate', '.', '--cache-location', elsewhere], dir);
  assert.ok(existsSync(elsewhere));
  writeFileSync(join(dir, 'ci-cache.json'), '{ not json');
  const r = runInProcess(['validate', '.', '--cache-location', 'ci-cache.json', '--format', 'json'], dir);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, '');
  assert.equal(JSON.parse(readFileSync(join(dir, 'ci-cache.json'), 'utf8')).format, 'briefing-cache-1');
});

test('--fix with --cache re-checks records that had findings and stores the fixed text', () => {
  const dir = tempDir({ 'a.briefing.yaml': BASE.replace('value: 1457', 'value: 1.457') });
  runInProcess(['validate', '.', '--cache'], dir);
  const fixed = runInProcess(['validate', '.', '--cache', '--fix'], dir);
  assert.equal(fixed.code, 0, fixed.stdout + fixed.stderr);
  assert.match(readFileSync(join(dir, 'a.briefing.yaml'), 'utf8'), /value: 1457/);
  plant(join(dir, '.briefingcache'));
  assert.deepEqual(reused(dir, ['--fix']), []); // a planted finding might be fixable: checked again
});

test('a record whose people another record now describes differently is checked again', () => {
  const dir = tempDir();
  cpSync(join(ROOT, 'test', 'fixtures', 'archive'), dir, { recursive: true });
  const file = join('2024', '2024-04-08-hop-bao.briefing.yaml');
  const rules = () => {
    const r = runInProcess(['validate', file, '--cache', '--format', 'json'], dir);
    return (JSON.parse(r.stdout).files as { diagnostics: { rule: string }[] }[]).flatMap((f) => f.diagnostics.map((d) => d.rule));
  };
  assert.deepEqual(rules(), ['rank-out-of-order']);
  assert.deepEqual(rules(), ['rank-out-of-order']);
  // The 2024 record is unchanged; the 2023 one no longer gives a higher rank.
  const earlier = join(dir, '2023', '2023-05-12-giao-ban.briefing.yaml');
  writeFileSync(earlier, readFileSync(earlier, 'utf8').replace('rank: Trung tướng\n    name: Phạm Văn Minh', 'rank: Thiếu tướng\n    name: Phạm Văn Minh'));
  assert.deepEqual(rules(), []);
});

test('a re-run where nothing changed reads and hashes the records but parses none; any change to the archive parses it again', () => {
  const dir = tempDir();
  cpSync(join(ROOT, 'test', 'fixtures', 'archive'), dir, { recursive: true });
  const file = join('2024', '2024-04-08-hop-bao.briefing.yaml');
  const raw = () => runInProcess(['validate', file, '--cache', '--format', 'json'], dir).stdout;
  const report = () => raw().replace(/"elapsedMs": \d+/, '');
  const first = report();
  const spy = spyOnParses();
  try {
    assert.equal(report(), first);
    assert.deepEqual(spy.records(), []);
    // Another record of the archive changes (a comment only): its people index must be built again.
    const earlier = join(dir, '2023', '2023-05-12-giao-ban.briefing.yaml');
    writeFileSync(earlier, readFileSync(earlier, 'utf8') + '# ghi chú\n');
    spy.reset();
    assert.equal(report(), first);
    assert.ok(spy.records().some((u) => u.endsWith('2023-05-12-giao-ban.briefing.yaml')));
    // Removing the record that gave the higher rank removes the finding; nothing stale is reused.
    rmSync(earlier);
    const rules = (JSON.parse(raw()).files as { diagnostics: { rule: string }[] }[]).flatMap((f) => f.diagnostics.map((d) => d.rule));
    assert.deepEqual(rules, []);
  } finally {
    spy.restore();
  }
});
