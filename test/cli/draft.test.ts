// `briefing draft`: files and standard input, --out, --published, --strip-comments, and errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, runInProcess, tempDir } from '../helpers/cli';
import { ROOT } from '../helpers/engine';

const SEED = join(ROOT, 'test', 'fixtures', 'seed-articles', '2020-02-26-giao-ban-thang-2.txt');

test('draft ARTICLE.txt writes the record to standard output and a summary to standard error', () => {
  const r = runInProcess(['draft', SEED, '--published', '2020-02-27'], ROOT);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^ {2}date: 2020-02-26 # ← «Ngày 26-2» \(năm theo ngày đăng 2020-02-27\)$/m);
  assert.match(r.stdout, /^ {2}published: 2020-02-27$/m);
  assert.match(r.stdout, /^ {4}value: 1457$/m);
  assert.equal(r.stderr, 'briefing draft: 1 người, 6 số liệu, 7 chỉ đạo; 0 chỗ cần điền / 1 people, 6 figures, 7 directives; 0 placeholder(s)\n');
});

test('--out writes a file that validates; --url and --publisher fill the source', () => {
  const dir = tempDir();
  const out = join(dir, 'draft.briefing.yaml');
  const r = runInProcess(['draft', SEED, '--out', out, '--url', 'https://example.org/a', '--publisher', 'An ninh Thủ đô'], dir);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, '');
  const text = readFileSync(out, 'utf8');
  assert.match(text, /^ {2}publisher: An ninh Thủ đô$/m);
  assert.match(text, /^ {2}url: https:\/\/example.org\/a$/m);
  const v = runInProcess(['validate', out], dir);
  assert.equal(v.code, 0, v.stdout);
});

test('a placeholder is an error of validate: exit 1, rule draft-placeholder at its line', () => {
  const dir = tempDir({ 'a.txt': 'Chiều 30/6, Bộ Công an tổ chức họp báo. Trung tướng Lương Tam Quang, Thứ trưởng Bộ Công an chủ trì họp báo.' });
  assert.equal(runInProcess(['draft', 'a.txt', '-o', 'a.briefing.yaml'], dir).code, 0);
  const v = runInProcess(['validate', 'a.briefing.yaml', '--format', 'json'], dir);
  assert.equal(v.code, 1);
  const [file] = JSON.parse(v.stdout).files;
  const lines = readFileSync(join(dir, 'a.briefing.yaml'), 'utf8').split('\n');
  const expected = [lines.findIndex((l) => l.startsWith('  date:')) + 1, lines.findIndex((l) => l.startsWith('  publisher:')) + 1];
  assert.deepEqual(
    file.diagnostics.map((d: { rule: string; line: number }) => `${d.rule}@${d.line}`),
    expected.map((l) => `draft-placeholder@${l}`),
  );
});

test('- reads standard input (the built CLI)', () => {
  const r = spawnSync(process.execPath, [CLI, 'draft', '-', '--published', '2020-02-27'], { input: readFileSync(SEED), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^# ✎ Bản nháp lập từ bài báo stdin:/m);
  assert.match(r.stdout, /^ {2}date: 2020-02-26/m);
});

test('--strip-comments rewrites the record in place, keeping other comments', () => {
  const dir = tempDir();
  const out = join(dir, 'r.briefing.yaml');
  runInProcess(['draft', SEED, '-o', out], dir);
  writeFileSync(out, readFileSync(out, 'utf8').replace('meeting:', '# checked by the desk\nmeeting:'));
  const r = runInProcess(['draft', '--strip-comments', 'r.briefing.yaml'], dir);
  assert.equal(r.code, 0);
  const text = readFileSync(out, 'utf8');
  assert.doesNotMatch(text, /# [←✎]/);
  assert.match(text, /^# checked by the desk\nmeeting:\n {2}kind: hội nghị giao ban\n/m);
});

test("the project's catalog extends the drafter's measures", () => {
  const article = 'Ngày 10-4, Công an tỉnh Thanh Hóa tổ chức Hội nghị sơ kết công tác quý I năm 2023. Trong quý, đã cấp 245.310 thẻ căn cước.';
  const catalog = 'measures:\n  - name: thẻ\n    count: true\n    quantity: đếm\n';
  const without = tempDir({ 'a.txt': article });
  assert.doesNotMatch(runInProcess(['draft', 'a.txt'], without).stdout, /value: 245310/);
  const withCatalog = tempDir({ 'a.txt': article, '.briefing/catalog.yaml': catalog });
  const r = runInProcess(['draft', 'a.txt'], withCatalog);
  assert.match(r.stdout, /^ {4}value: 245310\n {4}unit: thẻ$/m);
});

test('usage and I/O errors exit 2 with a message', () => {
  const dir = tempDir({ 'bad.txt': Buffer.from([0xff, 0xfe, 0x41]).toString('latin1') });
  writeFileSync(join(dir, 'bad.txt'), Buffer.from([0xc3, 0x28, 0x41]));
  const cases: [string[], RegExp][] = [
    [['draft'], /cần đúng một tệp/],
    [['draft', 'missing.txt'], /không đọc được \/ cannot read missing\.txt: ENOENT/],
    [['draft', 'bad.txt'], /bad\.txt: không phải UTF-8/],
    [['draft', SEED, '--published', '27-2-2020'], /--published phải có dạng YYYY-MM-DD/],
    [['draft', SEED, '--url', 'example.org'], /--url phải bắt đầu bằng http/],
    [['draft', SEED, '--bogus'], /Unknown option '--bogus'/],
    [['draft', SEED, '-o', join(dir, 'no', 'such', 'dir.yaml')], /không ghi được \/ cannot write .*ENOENT/],
  ];
  for (const [args, message] of cases) {
    const r = runInProcess(args, dir);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, message, args.join(' '));
  }
  assert.equal(existsSync(join(dir, 'no')), false);
});
