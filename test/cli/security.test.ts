// Records and catalogs are data, never code: no tag runs anything, no key pollutes prototypes,
// no $schema URL is fetched (CLI and language server), and no pattern from user data runs away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expandBraces, globMatch, matchesAny } from '../../server/src/host/glob';
import { BASE, ROOT, newEngine, withLine } from '../helpers/engine';
import type { Diagnostic } from '../../server/src/engine';
import { runInProcess } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp';

const engine = newEngine();
const at = (d: Diagnostic) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

const folder = (files: Record<string, string>) => makeTempDir('briefing-security', files);

const briefing = runInProcess;

const g = globalThis as { briefingPwned?: unknown };
const TITLE = '  title: Hội nghị giao ban Bộ Công an tháng 2-2020';

test('tags that would build code or objects are reported and never run', () => {
  const tags: [string, string][] = [
    ['!!js/function "function () { globalThis.briefingPwned = 1; return 1 }"', 'yaml-syntax@2:9-2:22'],
    ['!<tag:yaml.org,2002:js/function> "function () { globalThis.briefingPwned = 1 }"', 'yaml-syntax@2:9-2:41'],
    ['!!js/regexp /(a+)+$/', 'yaml-syntax@2:9-2:20'],
    ['!!js/undefined x', 'yaml-syntax@2:9-2:23'],
    ['!!python/object/apply:os.system ["echo pwned"]', 'yaml-syntax@2:9-2:40'],
    ['!custom x', 'yaml-syntax@2:9-2:16'],
  ];
  for (const [value, expected] of tags) {
    const ds = engine.check(withLine(BASE, TITLE, `  title: ${value}`), 'tags.briefing.yaml');
    assert.deepEqual(ds.map(at), [expected], value);
    assert.match(ds[0].message, /^Thẻ \(tag\) YAML không được hỗ trợ; hồ sơ chỉ chứa dữ liệu/);
  }
  assert.equal(g.briefingPwned, undefined);
});

test('the CLI reports tags in records, catalogs and the people registry, and runs none of them', () => {
  const fn = '!!js/function "function () { globalThis.briefingPwned = 1 }"';
  const dir = folder({
    'a.briefing.yaml': withLine(BASE, TITLE, `  title: ${fn}`),
    '.briefing/catalog.yaml': `measures:\n  - name: ${fn}\n    count: true\n`,
    '.briefing/people.yaml': `people:\n  - name: !custom Tô Lâm\n`,
  });
  const r = briefing(['validate', '.', '--format', 'json'], dir);
  assert.equal(r.code, 1);
  const files = (JSON.parse(r.stdout) as { files: { path: string; diagnostics: { rule: string; line: number }[] }[] }).files;
  assert.deepEqual(
    files.map((f) => `${f.path}: ${f.diagnostics.map((d) => `${d.rule}@${d.line}`).join(', ')}`),
    ['.briefing/catalog.yaml: yaml-syntax@2', '.briefing/people.yaml: yaml-syntax@2', 'a.briefing.yaml: yaml-syntax@3'],
  );
  assert.equal(g.briefingPwned, undefined);
});

test('__proto__, constructor and prototype keys pollute nothing, in records, catalogs and the registry', () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();
  const record = [
    BASE.replace('  name: Tô Lâm', '  name: __proto__').replace('    unit: vụ', '    unit: __proto__'),
    '__proto__:\n  polluted: yes',
    'constructor:\n  prototype:\n    polluted: yes',
    'prototype:\n  polluted: yes',
    'participants:\n  - name: constructor\n    __proto__: {polluted: yes}\n    constructor: {prototype: {polluted: yes}}',
    '',
  ].join('\n');
  const catalog = 'measures:\n  - name: __proto__\n    count: true\n  - name: constructor\n    count: true\n  - name: prototype\n    count: true\n';
  const people = 'people:\n  - name: __proto__\n  - name: constructor\n';
  const dir = folder({
    'a.briefing.yaml': record,
    'b.briefing.yaml': '__proto__: {polluted: yes}\n',
    '.briefing/catalog.yaml': catalog,
    '.briefing/people.yaml': people,
  });
  const r = briefing(['validate', '.', '--format', 'json'], dir);
  assert.equal(r.code, 1, r.stderr);
  // The workspace catalog was read as data: "__proto__" is a known measure, the keys are unknown.
  const a = (JSON.parse(r.stdout) as { files: { path: string; diagnostics: { rule: string; message: string }[] }[] }).files.find(
    (f) => f.path === 'a.briefing.yaml',
  )!;
  assert.deepEqual(
    a.diagnostics.map((d) => d.rule).filter((x) => x !== 'missing-key'),
    ['unknown-key', 'unknown-key', 'unknown-key', 'unknown-key', 'unknown-key'],
  );
  assert.ok(a.diagnostics.some((d) => d.message.includes('"__proto__"')));
  // The engine directly, with the records' people remembered for completion.
  const e = newEngine();
  e.setWorkspaceCatalog(catalog);
  e.setPeopleRegistry(people);
  e.notePeople(e.parse(record, 'a.briefing.yaml'));
  assert.deepEqual(e.check(BASE.replace('    unit: vụ', '    unit: __proto__')).map(at), []);
  assert.equal(({} as { polluted?: unknown }).polluted, undefined);
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), before);
  assert.equal(typeof ({} as { constructor: unknown }).constructor, 'function');
});

/** A loopback HTTP server that counts every request it gets. */
async function countingServer(): Promise<{ server: Server; port: number; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"type": "object"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, requests };
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

function schemaRecord(port: number): string {
  return (
    `# yaml-language-server: $schema=http://127.0.0.1:${port}/modeline.json\n$schema: http://127.0.0.1:${port}/record.json\n` +
    BASE.replace('source:', `source:\n  url: http://127.0.0.1:${port}/source-url`)
  );
}

test('no $schema URL (key or modeline) is ever fetched by the CLI, in process or built', async () => {
  const { server, port, requests } = await countingServer();
  try {
    const dir = folder({
      'a.briefing.yaml': schemaRecord(port),
      '.briefing/catalog.yaml': `# yaml-language-server: $schema=http://127.0.0.1:${port}/catalog.json\nmeasures:\n  - name: chuyến bay\n    count: true\n`,
    });
    const r = briefing(['validate', '.', '--format', 'json'], dir);
    assert.deepEqual(
      (JSON.parse(r.stdout) as { files: { diagnostics: { rule: string }[] }[] }).files.flatMap((f) => f.diagnostics.map((d) => d.rule)),
      ['unknown-key'],
    );
    const cli = join(ROOT, 'dist', 'cli.js');
    if (existsSync(cli)) {
      const child = spawn(process.execPath, [cli, 'validate', '.'], { cwd: dir, stdio: 'ignore' });
      assert.equal(await new Promise((resolve) => child.on('exit', resolve)), 1);
    }
    await settle(300);
    assert.deepEqual(requests, []);
    // The server does answer: a fetch from here is counted.
    await fetch(`http://127.0.0.1:${port}/control`);
    assert.deepEqual(requests, ['/control']);
  } finally {
    server.close();
  }
});

test(
  'the language server opens a record with remote $schema URLs and fetches nothing',
  { skip: !existsSync(join(ROOT, 'dist', 'server.js')) && 'dist/server.js not built' },
  async () => {
    const { TestClient } = await import('../lsp/helpers/lsp-client');
    const { server, port, requests } = await countingServer();
    const dir = folder({ 'a.briefing.yaml': schemaRecord(port) });
    const uri = pathToFileURL(join(dir, 'a.briefing.yaml')).href;
    const client = await TestClient.start({ folders: [pathToFileURL(dir).href] });
    try {
      client.open(uri, schemaRecord(port));
      const ds = await client.diagnostics(uri, { version: 1 });
      assert.deepEqual(
        ds.map((d) => d.code),
        ['unknown-key'],
      );
      await client.hover(uri, { line: 0, character: 30 });
      await client.completion(uri, { line: 1, character: 3 });
      await settle(500);
      assert.deepEqual(requests, []);
    } finally {
      await client.stop();
      server.close();
    }
  },
);

test('no regular expression is built from user data (audit of server/src)', () => {
  const sites: string[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts'))
        readFileSync(p, 'utf8')
          .split('\n')
          .forEach((line, i) => /new RegExp\(|RegExp\(/.test(line) && sites.push(`${relative(ROOT, p)}:${i + 1}: ${line.trim()}`));
    }
  };
  walk(join(ROOT, 'server', 'src'));
  // The one site builds /["']$/ from the quote character the user typed: no quantifier, no data.
  assert.deepEqual(
    sites.map((s) => s.replace(/:\d+:/, ':')),
    ["server/src/engine/features/completion/context.ts: const typed = quote ? typedRaw.slice(1).replace(new RegExp(quote + '$'), '') : typedRaw;"],
  );
});

test('the glob matcher stays linear on adversarial patterns and long names', () => {
  const long = 'a'.repeat(100_000);
  const cases: [string, () => unknown, unknown][] = [
    ['*a*a*a*a*a*a*b on 100,000 a', () => globMatch('*a*a*a*a*a*a*b', long), false],
    ['*a × 20 then b on 100,000 a', () => globMatch('*a'.repeat(20) + '*b', long), false],
    ['? × 5,000 then *b', () => globMatch('?'.repeat(5000) + '*b', long), false],
    ['**/ × 50 on 500 folders', () => globMatch('**/'.repeat(50) + 'x', 'a/'.repeat(500) + 'y'), false],
    ['{a,b} × 30 (a billion patterns)', () => globMatch('{a,b}'.repeat(30), 'ab'.repeat(15)), false],
    ['braces nested 60,000 deep', () => globMatch('{'.repeat(60_000) + 'a' + '}'.repeat(60_000), 'a'), false],
    ['{a, × 20,000', () => matchesAny('a', ['{a,'.repeat(20_000) + '}'.repeat(20_000)]), false],
  ];
  for (const [what, fn, expected] of cases) {
    const t = performance.now();
    assert.equal(fn(), expected, what);
    const ms = performance.now() - t;
    assert.ok(ms < 1_000, `${what}: ${ms.toFixed(0)} ms`);
  }
  // Ordinary globs still work.
  assert.equal(globMatch('*a*a*b', 'aaab'), true);
  assert.equal(globMatch('samples/**/*.briefing.{yaml,yml}', 'samples/x/y/a.briefing.yml'), true);
  assert.deepEqual(expandBraces('{a,b}{c,d}'), ['ac', 'ad', 'bc', 'bd']);
  assert.equal(expandBraces('{a,b}'.repeat(9)).length, 512);
});
