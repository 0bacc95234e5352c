// The project model in the CLI: .briefing/config.yaml (severities by rule and tag, locale,
// files, ignores, catalogs, people), --config/--no-config/--rule/--print-config, bad config,
// project files validated as what they are, --stdin, --fix-dry-run, colours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli';
import { BASE } from '../helpers/engine';
import { run } from '../../server/src/cli/run';

const broken = BASE.replace('value: 1457', 'value: 1.457').replace('  rank: Đại tướng', '  rank: dai tuong');

function briefing(args: string[], cwd: string, opts: { stdin?: string; env?: NodeJS.ProcessEnv; isTTY?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const code = run(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    env: opts.env ?? {},
    cwd,
    isTTY: !!opts.isTTY,
    readStdin: () => opts.stdin ?? '',
  });
  return { code, stdout, stderr };
}

const codes = (stdout: string) =>
  (JSON.parse(stdout) as { files: { path: string; diagnostics: { rule: string; severity: string; line: number }[] }[] }).files.flatMap((f) =>
    f.diagnostics.map((d) => `${f.path}:${d.line} ${d.rule} ${d.severity}`),
  );

test('the configuration sets severities by rule id and by tag; CI reads what the editor reads', () => {
  const dir = tempDir({ 'a.briefing.yaml': broken, '.briefing/config.yaml': 'rules:\n  thousands-separator: warning\ntags:\n  catalog: off\n' });
  const r = briefing(['validate', '.', '--format', 'json'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(codes(r.stdout), ['a.briefing.yaml:17 thousands-separator warning']);
  // --rule is laid over the configuration.
  const over = briefing(['validate', '.', '--format', 'json', '--rule', 'thousands-separator:off', '--rule', 'catalog-spelling:error'], dir);
  assert.deepEqual(codes(over.stdout), ['a.briefing.yaml:11 catalog-spelling error']);
  assert.equal(over.code, 1);
  // --no-config: the defaults.
  const none = briefing(['validate', '.', '--format', 'json', '--no-config'], dir);
  assert.deepEqual(codes(none.stdout), ['a.briefing.yaml:11 catalog-spelling warning', 'a.briefing.yaml:17 thousands-separator error']);
});

test('--config FILE replaces the project configuration; --print-config explains each severity', () => {
  const dir = tempDir({
    'r/a.briefing.yaml': broken,
    '.briefing/config.yaml': 'rules:\n  catalog-spelling: off\n',
    'ci.yaml': 'locale: en\nrules:\n  catalog-spelling: info\n',
  });
  const r = briefing(['validate', 'r', '--config', 'ci.yaml', '--format', 'json'], dir);
  assert.deepEqual(codes(r.stdout), ['r/a.briefing.yaml:11 catalog-spelling info', 'r/a.briefing.yaml:17 thousands-separator error']);
  assert.match(r.stdout, /YAML reads 1\.457/);
  const p = briefing(['validate', '--print-config', 'r/a.briefing.yaml', '--rule', 'date-format:off'], dir);
  assert.equal(p.code, 0, p.stderr);
  assert.match(p.stdout, /^Tệp: r\/a\.briefing\.yaml \(record\)\nGốc dự án: \.\nCấu hình: \.briefing\/config\.yaml\n/);
  assert.match(p.stdout, /\n {2}catalog-spelling +off +← \.briefing\/config\.yaml:2\n/);
  assert.match(p.stdout, /\n {2}date-format +off +← --rule\n/);
  assert.match(p.stdout, /\n {2}thousands-separator +error +← default\n/);
  const json = JSON.parse(briefing(['validate', '--print-config', 'r/a.briefing.yaml', '--format', 'json'], dir).stdout);
  assert.deepEqual(json.rules['catalog-spelling'], { severity: 'off', origin: '.briefing/config.yaml:2' });
});

test('bad configuration: exit 2 with the message at its line, never a silent fallback', () => {
  const cases: [string, RegExp][] = [
    ['rules:\n  thousand-separator: off\n', /\.briefing\/config\.yaml:2:3: .*"thousand-separator".*"thousands-separator".*\(unknown-key\)/],
    ['rules:\n  thousands-separator: warn\n', /\.briefing\/config\.yaml:2:24: .*"warn".*error, warning, info, hint, off.*\(invalid-value\)/],
    ['rules:\n  thousands-separator: [off\n', /\.briefing\/config\.yaml:\d+:\d+: .*\(yaml-syntax\)/],
    ['tags:\n  dates: never\n', /\.briefing\/config\.yaml:2:10: .*\(invalid-value\)/],
  ];
  for (const [config, message] of cases) {
    const dir = tempDir({ 'a.briefing.yaml': broken, '.briefing/config.yaml': config });
    const r = briefing(['validate', '.', '--locale', 'en'], dir);
    assert.equal(r.code, 2, config);
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stdout, /thousands-separator/, 'the records of a badly configured project are not validated');
  }
  // Unreadable: a folder where the file should be.
  const dir = tempDir({ 'a.briefing.yaml': broken });
  mkdirSync(join(dir, '.briefing', 'config.yaml'), { recursive: true });
  const r = briefing(['validate', '.'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /\.briefing\/config\.yaml: không phải tệp thông thường mà là một thư mục, không đọc \/ not a regular file but a directory, not read/);
  const missing = briefing(['validate', '.', '--config', 'nope.yaml'], tempDir({ 'a.briefing.yaml': BASE }));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.yaml: không đọc được \/ cannot read \(ENOENT\)/);
});

test('catalog, people and config files are checked as what they are, and listed once', () => {
  const dir = tempDir({
    'a.briefing.yaml': BASE,
    '.briefing/catalog.yaml': 'ranks: []\n',
    '.briefing/people.yaml': 'people:\n  - name: Tô Lâm\n    history:\n      - { from: 2020-02-26, rank: Đại tướng }\n',
    '.briefing/config.yaml': 'rules: {}\n',
  });
  const r = briefing(
    ['validate', '.briefing/catalog.yaml', '.briefing/people.yaml', '.briefing/config.yaml', 'a.briefing.yaml', '--format', 'json', '--locale', 'en'],
    dir,
  );
  const files = JSON.parse(r.stdout).files as { path: string; diagnostics: { rule: string; message: string }[] }[];
  assert.deepEqual(
    files.map((f) => f.path),
    ['.briefing/config.yaml', '.briefing/catalog.yaml', '.briefing/people.yaml', 'a.briefing.yaml'],
  );
  const catalog = files.find((f) => f.path === '.briefing/catalog.yaml')!;
  assert.deepEqual(
    catalog.diagnostics.map((d) => d.rule),
    ['unknown-key'],
  );
  assert.doesNotMatch(JSON.stringify(files), /meeting/);
  assert.equal(r.code, 1);
});

test('configuration: files, ignores, catalogs and people lists; --ignore-pattern', () => {
  const dir = tempDir({
    'records/a.yaml': broken,
    'records/drafts/b.yaml': broken,
    'other.briefing.yaml': broken,
    'data/extra-people.yaml': 'people:\n  - name: Tô Lâm\n    history:\n      - { from: 2020-01-01, rank: Thượng tướng }\n',
    '.briefing/config.yaml':
      'files: ["records/**/*.yaml"]\nignores: ["records/drafts/**"]\npeople: [data/extra-people.yaml]\nrules: { catalog-spelling: off, thousands-separator: off }\n',
  });
  const r = briefing(['validate', '.', '--format', 'json'], dir);
  assert.deepEqual(codes(r.stdout), ['records/a.yaml:11 rank-contradicts-registry warning']);
  const ignored = briefing(['validate', '.', '--format', 'json', '--ignore-pattern', 'records/a.yaml'], dir);
  assert.deepEqual(JSON.parse(ignored.stdout).files, []);
});

test('--stdin with --stdin-filename validates standard input as that file, in its project', () => {
  const dir = tempDir({ 'sub/.briefing/config.yaml': 'rules: { catalog-spelling: error }\n' });
  const r = briefing(['validate', '--stdin', '--stdin-filename', 'sub/new.briefing.yaml', '--format', 'json'], dir, { stdin: broken });
  assert.deepEqual(codes(r.stdout), ['sub/new.briefing.yaml:11 catalog-spelling error', 'sub/new.briefing.yaml:17 thousands-separator error']);
  assert.equal(r.code, 1);
  assert.equal(briefing(['validate', '--stdin', 'x.yaml'], dir).code, 2);
  assert.equal(briefing(['validate', '--stdin', '--fix'], dir).code, 2);
});

test('--max-warnings -1 means no limit; FORCE_COLOR forces colour', () => {
  const dir = tempDir({ 'a.briefing.yaml': BASE.replace('  rank: Đại tướng', '  rank: dai tuong') });
  assert.equal(briefing(['validate', '.', '--max-warnings', '0'], dir).code, 1);
  assert.equal(briefing(['validate', '.', '--max-warnings', '-1'], dir).code, 0);
  assert.equal(briefing(['validate', '.', '--max-warnings', '-2'], dir).code, 2);
  assert.match(briefing(['validate', '.'], dir, { env: { FORCE_COLOR: '1' } }).stdout, /\u001b\[33m/);
  assert.doesNotMatch(briefing(['validate', '.'], dir, { env: { FORCE_COLOR: '0' }, isTTY: true }).stdout, /\u001b\[/);
  assert.doesNotMatch(briefing(['validate', '.', '--no-color'], dir, { env: { FORCE_COLOR: '1' } }).stdout, /\u001b\[/);
});

test('--fix-dry-run prints the unified diff (json: the edits), and writes nothing', () => {
  const dir = tempDir({ 'a.briefing.yaml': broken });
  const r = briefing(['validate', '.', '--fix-dry-run'], dir);
  assert.equal(readFileSync(join(dir, 'a.briefing.yaml'), 'utf8'), broken);
  assert.match(r.stdout, /^--- a\/a\.briefing\.yaml\n\+\+\+ b\/a\.briefing\.yaml\n@@ -8,13 \+8,13 @@\n/);
  assert.match(r.stdout, /\n- {2}rank: dai tuong\n\+ {2}rank: Đại tướng\n/);
  assert.match(r.stdout, /\n- {4}value: 1\.457\n\+ {4}value: 1457\n/);
  const json = JSON.parse(briefing(['validate', '.', '--fix-dry-run', '--format', 'json'], dir).stdout);
  const file = json.files[0];
  assert.equal(file.output, broken.replace('dai tuong', 'Đại tướng').replace('1.457', '1457'));
  assert.equal(file.edits.length, 1);
});
