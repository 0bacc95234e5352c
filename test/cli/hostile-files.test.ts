// What a real repository can hold besides records: named pipes, symlinks to devices, folders
// where files were expected, unreadable sub-folders, huge files, file names with glob characters.
// Each is reported for that file, in every format, and the run goes on; nothing hangs, nothing
// is destroyed. The FIFO and device cases run the built CLI with a time limit of their own.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, withLine } from '../helpers/engine';
import { CLI, runInProcess, tempDir } from '../helpers/cli';

const made: string[] = [];
after(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const dir = (files: Record<string, string> = {}) => {
  const d = tempDir(files);
  made.push(d);
  return d;
};
const posix = process.platform !== 'win32';
const root = posix && process.getuid?.() === 0;

/** The built CLI with a hard time limit: a hang fails this test instead of stalling the suite. */
function cliWithin(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', BRIEFING_MAX_FILE_SIZE: '', ...env },
    encoding: 'utf8',
    timeout: 15_000,
  });
  assert.equal(r.signal, null, `briefing ${args.join(' ')} did not finish within 15 s`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const TITLE = '  title: Hội nghị giao ban Bộ Công an tháng 2-2020';
const fixable = withLine(BASE, TITLE, '  title: Hội nghị giao ban Bộ Công an tháng 2-2020 Ðông');

test('a named pipe, named or found in a folder, or as the workspace catalog is reported, never read', { skip: !posix }, () => {
  const d = dir({ 'ok.briefing.yaml': BASE });
  spawnSync('mkfifo', [join(d, 'pipe.briefing.yaml')]);
  let r = cliWithin(['validate', 'pipe.briefing.yaml'], d);
  assert.equal(r.code, 2);
  assert.match(
    r.stdout,
    /pipe\.briefing\.yaml\n {2}lỗi {2}không phải tệp thông thường mà là một đường ống \(FIFO\), không đọc \/ not a regular file but a FIFO, not read {2}io-error/,
  );

  const s = dir({ 'ok.briefing.yaml': BASE, '.briefing/people.yaml': 'people: []\n' });
  spawnSync('mkfifo', [join(s, 'fifo')]);
  spawnSync('mkfifo', [join(s, '.briefing', 'catalog.yaml')]);
  symlinkSync(join(s, 'fifo'), join(s, 'link.briefing.yaml'));
  r = cliWithin(['validate', '.', '--format', 'json'], s);
  assert.equal(r.code, 2);
  const j = JSON.parse(r.stdout);
  assert.deepEqual(
    j.files.map((f: { path: string; error?: string }) => [f.path, f.error?.replace(/ \/ .*/, '')]),
    [
      ['.briefing/catalog.yaml', 'không phải tệp thông thường mà là một đường ống (FIFO), không đọc'],
      ['link.briefing.yaml', 'không phải tệp thông thường mà là một đường ống (FIFO), không đọc'],
      ['ok.briefing.yaml', undefined],
    ],
  );
  assert.equal(j.summary.unreadable, 2);
});

test('a symlink to /dev/zero is a device, and a regular file above the size cap is not read', { skip: !posix }, () => {
  const d = dir({ 'ok.briefing.yaml': BASE, 'big.briefing.yaml': BASE + '#'.repeat(3000) + '\n' });
  symlinkSync('/dev/zero', join(d, 'zero.briefing.yaml'));
  let r = cliWithin(['validate', '.', '--locale', 'en'], d);
  assert.equal(r.code, 2);
  assert.match(
    r.stdout,
    /zero\.briefing\.yaml\n {2}error {2}không phải tệp thông thường mà là một thiết bị, không đọc \/ not a regular file but a device, not read {2}io-error/,
  );
  assert.match(r.stdout, /✖ 1 file could not be read\n {2}no problems in the 2 files read/);

  r = cliWithin(['validate', 'big.briefing.yaml', 'ok.briefing.yaml', '--max-file-size', '2KB'], d);
  assert.equal(r.code, 2);
  assert.match(
    r.stdout,
    /big\.briefing\.yaml\n {2}lỗi {2}tệp lớn hơn giới hạn 2 KiB, không đọc \(nâng giới hạn bằng --max-file-size hoặc BRIEFING_MAX_FILE_SIZE\) \/ file larger than the 2 KiB limit, not read \(raise it with --max-file-size or BRIEFING_MAX_FILE_SIZE\)/,
  );
  assert.doesNotMatch(r.stdout, /ok\.briefing\.yaml/);
  r = cliWithin(['validate', 'big.briefing.yaml'], d, { BRIEFING_MAX_FILE_SIZE: '2048' });
  assert.equal(r.code, 2);
  assert.match(r.stdout, /giới hạn 2 KiB/);
  r = cliWithin(['validate', 'big.briefing.yaml'], d, { BRIEFING_MAX_FILE_SIZE: '4k' });
  assert.equal(r.code, 0, r.stdout);
  r = cliWithin(['validate', 'big.briefing.yaml', '--max-file-size', 'lots'], d);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--max-file-size \(BRIEFING_MAX_FILE_SIZE\) phải là một kích thước như 20MB/);
});

test('a catalog or people registry that is a folder or unreadable is its own problem; records are still checked', () => {
  const d = dir({ 'a.briefing.yaml': withLine(BASE, TITLE, '  title: Ðông') });
  mkdirSync(join(d, '.briefing', 'catalog.yaml'), { recursive: true });
  writeFileSync(join(d, '.briefing', 'people.yaml'), 'people: []\n');
  if (posix && !root) chmodSync(join(d, '.briefing', 'people.yaml'), 0o000);
  const r = runInProcess(['validate', '.', '--format', 'json'], d);
  assert.equal(r.code, 2);
  const j = JSON.parse(r.stdout);
  const byPath = new Map(j.files.map((f: { path: string }) => [f.path, f]));
  assert.match((byPath.get('.briefing/catalog.yaml') as { error: string }).error, /^không phải tệp thông thường mà là một thư mục/);
  if (posix && !root) assert.match((byPath.get('.briefing/people.yaml') as { error: string }).error, /^không đọc được \/ cannot read \(EACCES\)/);
  assert.deepEqual(
    (byPath.get('a.briefing.yaml') as { diagnostics: { rule: string }[] }).diagnostics.map((x) => x.rule),
    ['lookalike-letter'],
  );
  assert.doesNotMatch(r.stderr, /internal error|lỗi nội bộ/);
});

test('unreadable files appear in SARIF and GitHub annotations, and the summary never says "no problems"', () => {
  const d = dir({ 'ok.briefing.yaml': BASE });
  symlinkSync(join(d, 'nowhere'), join(d, 'gone.briefing.yaml'));
  const sarif = JSON.parse(runInProcess(['validate', '.', '--format', 'sarif'], d).stdout);
  const inv = sarif.runs[0].invocations[0];
  assert.equal(inv.executionSuccessful, false);
  assert.deepEqual(
    inv.toolExecutionNotifications.map(
      (n: { level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [
        n.level,
        n.message.text,
        n.locations[0].physicalLocation.artifactLocation.uri,
      ],
    ),
    [['error', 'không đọc được / cannot read (ENOENT)', 'gone.briefing.yaml']],
  );
  const gh = runInProcess(['validate', '.', '--format', 'github'], d);
  assert.equal(gh.stdout, '::error file=gone.briefing.yaml,title=io-error::không đọc được / cannot read (ENOENT)\n');
  assert.equal(gh.code, 2);
  const plain = runInProcess(['validate', '.'], d);
  assert.doesNotMatch(plain.stdout, /✔/);
  assert.match(plain.stdout, /✖ 1 tệp không đọc được\n {2}không có vấn đề trong 1 tệp đã đọc/);
});

/** Root reads any folder: the unreadable-folder case then runs the built CLI as "nobody". */
const asNobody = root && spawnSync('setpriv', ['--version']).status === 0;

test('one unreadable sub-folder is reported and the rest of the folder is validated', { skip: !posix || (root && !asNobody) }, () => {
  const d = dir({ 'a.briefing.yaml': fixable, 'locked/b.briefing.yaml': BASE, 'z/c.briefing.yaml': fixable });
  chmodSync(d, 0o755);
  chmodSync(join(d, 'locked'), 0o000);
  try {
    const args = ['validate', '.', '--format', 'json'];
    let r;
    if (asNobody) {
      const p = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, ...args], {
        cwd: d,
        encoding: 'utf8',
        timeout: 15_000,
      });
      r = { code: p.status, stdout: p.stdout };
    } else r = runInProcess(args, d);
    assert.equal(r.code, 2);
    const j = JSON.parse(r.stdout);
    assert.deepEqual(
      j.files.map((f: { path: string; error?: string; diagnostics: unknown[] }) => [f.path, f.error ?? f.diagnostics.length]),
      [
        ['a.briefing.yaml', 1],
        ['z/c.briefing.yaml', 1],
        ['locked', 'không đọc được thư mục / cannot read the folder (EACCES)'],
      ],
    );
  } finally {
    chmodSync(join(d, 'locked'), 0o755);
  }
});

test('an explicit file name with braces or stars is that file, not a glob', () => {
  const d = dir({ 'x{1,2}.briefing.yaml': fixable, 'x1.briefing.yaml': BASE, 'x2.briefing.yaml': BASE });
  const r = runInProcess(['validate', 'x{1,2}.briefing.yaml', '--format', 'json'], d);
  assert.deepEqual(
    JSON.parse(r.stdout).files.map((f: { path: string }) => f.path),
    ['x{1,2}.briefing.yaml'],
  );
  assert.equal(r.code, 1);
  // A glob that names no existing file is still a glob.
  const g = runInProcess(['validate', 'x{1,2}.briefing.y?ml', '--format', 'json'], d);
  assert.deepEqual(
    JSON.parse(g.stdout).files.map((f: { path: string }) => f.path),
    ['x1.briefing.yaml', 'x2.briefing.yaml'],
  );
});

test('--output naming an input (or a symlink or hard link to one) is refused and the record is kept', () => {
  const d = dir({ 'a.briefing.yaml': fixable, 'b.briefing.yaml': BASE });
  symlinkSync(join(d, 'b.briefing.yaml'), join(d, 'report.txt'));
  linkSync(join(d, 'a.briefing.yaml'), join(d, 'hard-link.json'));
  for (const out of ['a.briefing.yaml', './a.briefing.yaml', 'report.txt', 'hard-link.json']) {
    const r = runInProcess(['validate', '.', '--output', out, '--fix'], d);
    assert.equal(r.code, 2, out);
    assert.match(r.stderr, /--output không được trùng tệp đầu vào \/ --output must not be one of the inputs: [ab]\.briefing\.yaml/);
  }
  assert.equal(readFileSync(join(d, 'a.briefing.yaml'), 'utf8'), fixable);
  assert.equal(readFileSync(join(d, 'b.briefing.yaml'), 'utf8'), BASE);
  assert.equal(runInProcess(['validate', '.', '--output', 'report.json'], d).code, 1);
});

test('--fix with a broad glob rewrites records only, never catalogs, the people registry or other files', () => {
  const catalog = 'measures:\n  - name: Ðơn vị\n    count: true\n';
  const people = 'people:\n  - name: Tô Lâm\n    history:\n      - { from: 2019-01-01, rank: Ðại tướng }\n';
  const files = {
    'a.briefing.yaml': fixable,
    'notes.yaml': fixable,
    'data.json': '{"meeting": {"title": "Ðông"}}\n',
    'schemas/catalogs/sources.yaml': 'sources:\n  - name: Ðông\n',
    '.briefing/catalog.yaml': catalog,
    '.briefing/people.yaml': people,
    '.briefing/x.briefing.yaml': fixable,
  };
  const d = dir(files);
  const r = runInProcess(['validate', '**/*', '.briefing/*', '--fix'], d);
  assert.equal(readFileSync(join(d, 'a.briefing.yaml'), 'utf8'), fixable.replace('Ðông', 'Đông'));
  for (const [rel, content] of Object.entries(files)) if (rel !== 'a.briefing.yaml') assert.equal(readFileSync(join(d, rel), 'utf8'), content, rel);
  assert.match(r.stderr, /briefing: notes\.yaml: không sửa vì không phải hồ sơ \*\.briefing\.yaml \/ not fixed: not a \*\.briefing\.yaml record/);
});

test('output piped into a reader that stops early ends quietly with the same exit code', { skip: !posix }, async () => {
  const records: Record<string, string> = {};
  // Far more report than a pipe buffers, so the writer is still writing when the reader leaves.
  const noisy = withLine(BASE, TITLE, `  title: ${'Ð'.repeat(200)}`);
  for (let i = 0; i < 100; i++) records[`r${String(i).padStart(3, '0')}.briefing.yaml`] = noisy;
  const d = dir(records);
  const child = spawn(process.execPath, [CLI, 'validate', '.', '--jobs', '1'], { cwd: d, env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.on('data', (b) => (stderr += b));
  child.stdout.once('data', () => child.stdout.destroy());
  const timer = setTimeout(() => child.kill(), 30_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearTimeout(timer);
  assert.equal(code, 1, stderr);
  assert.doesNotMatch(stderr, /EPIPE|Error/);
});
