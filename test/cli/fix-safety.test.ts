// `briefing validate --fix` never loses data: atomic writes (temporary file + rename in the same
// folder, mode and owner kept), failures leave the original intact, files it cannot read as
// records are reported and untouched, symlinks are written through, and formatting survives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { chmodSync, chownSync, lstatSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic, type FsOps } from '../../server/src/cli/write-file';
import { BASE, withLine } from '../helpers/engine';
import { runInProcess } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp';

/** BASE with one safe fix to make: 1.457 vụ → 1457. */
const FIXABLE = withLine(BASE, 'value: 1457', 'value: 1.457');

const folder = (files: Record<string, string | Buffer> = {}) => makeTempDir('briefing-fix', files);

const briefing = runInProcess;

/** Bytes and times of a file, to prove it was not touched. */
function snapshot(path: string): { bytes: Buffer; mtimeMs: number; ino: number; mode: number } {
  const st = statSync(path);
  return { bytes: readFileSync(path), mtimeMs: st.mtimeMs, ino: st.ino, mode: st.mode };
}

const PAST = new Date('2020-02-26T08:00:00Z');

function realOps(): FsOps {
  return {
    openSync: fs.openSync,
    writeSync: (fd, data) => fs.writeSync(fd, data),
    fsyncSync: fs.fsyncSync,
    closeSync: fs.closeSync,
    renameSync: fs.renameSync,
    unlinkSync: fs.unlinkSync,
  };
}

test('the write is a temporary file in the same folder renamed over the original', () => {
  const dir = folder({ 'a.briefing.yaml': 'old\n' });
  const target = join(dir, 'a.briefing.yaml');
  const before = statSync(target).ino;
  const calls: string[] = [];
  const ops = realOps();
  const spy: FsOps = {
    ...ops,
    openSync: (p, flags, mode) => {
      calls.push(`open ${dirname(String(p)) === dir ? 'same-folder' : String(p)} ${String(flags)}`);
      return ops.openSync(p, flags, mode);
    },
    fsyncSync: (fd) => {
      calls.push('fsync');
      ops.fsyncSync(fd);
    },
    renameSync: (from, to) => {
      calls.push(`rename ${dirname(String(from)) === dir ? 'same-folder' : String(from)} → ${to === target ? 'target' : String(to)}`);
      ops.renameSync(from, to);
    },
  };
  writeFileAtomic(target, 'new\n', spy);
  assert.deepEqual(calls, ['open same-folder wx', 'fsync', 'rename same-folder → target']);
  assert.equal(readFileSync(target, 'utf8'), 'new\n');
  assert.notEqual(statSync(target).ino, before); // replaced by rename, not rewritten in place
  assert.deepEqual(readdirSync(dir), ['a.briefing.yaml']);
});

for (const mode of [0o640, 0o600]) {
  test(`--fix keeps the file mode ${mode.toString(8)}`, () => {
    const dir = folder({ 'a.briefing.yaml': FIXABLE });
    const path = join(dir, 'a.briefing.yaml');
    chmodSync(path, mode);
    const r = briefing(['validate', '.', '--fix'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(readFileSync(path, 'utf8'), BASE);
    assert.equal(statSync(path).mode & 0o7777, mode);
    assert.deepEqual(readdirSync(dir), ['a.briefing.yaml']);
  });
}

test("--fix keeps the owner of a file (root fixing another user's record)", { skip: process.getuid?.() !== 0 && 'needs root' }, () => {
  const dir = folder({ 'a.briefing.yaml': FIXABLE });
  const path = join(dir, 'a.briefing.yaml');
  chownSync(path, 4321, 4322);
  assert.equal(briefing(['validate', '.', '--fix'], dir).code, 0);
  assert.equal(readFileSync(path, 'utf8'), BASE);
  assert.deepEqual([statSync(path).uid, statSync(path).gid], [4321, 4322]);
});

const failures: [string, (ops: FsOps) => FsOps][] = [
  [
    'a write that fails half-way (disk full)',
    (ops) => ({
      ...ops,
      writeSync: (fd, data) => {
        ops.writeSync(fd, data.subarray(0, 10));
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    }),
  ],
  [
    'a failing fsync',
    (ops) => ({
      ...ops,
      fsyncSync: () => {
        throw Object.assign(new Error('I/O error'), { code: 'EIO' });
      },
    }),
  ],
  [
    'a failing rename',
    (ops) => ({
      ...ops,
      renameSync: () => {
        throw Object.assign(new Error('cross-device link'), { code: 'EXDEV' });
      },
    }),
  ],
  ['a write that makes no progress', (ops) => ({ ...ops, writeSync: () => 0 })],
];

for (const [what, inject] of failures) {
  test(`${what} leaves the original intact and no temporary file behind`, () => {
    const dir = folder({ 'a.briefing.yaml': FIXABLE });
    const path = join(dir, 'a.briefing.yaml');
    utimesSync(path, PAST, PAST);
    const before = snapshot(path);
    assert.throws(() => writeFileAtomic(path, BASE, inject(realOps())), /./);
    assert.deepEqual(snapshot(path), before);
    assert.deepEqual(readdirSync(dir), ['a.briefing.yaml']);
  });
}

test('a short write is completed, not truncated', () => {
  const dir = folder({ 'a.briefing.yaml': FIXABLE });
  const path = join(dir, 'a.briefing.yaml');
  const ops = realOps();
  writeFileAtomic(path, BASE, { ...ops, writeSync: (fd, data) => ops.writeSync(fd, data.subarray(0, 7)) });
  assert.equal(readFileSync(path, 'utf8'), BASE);
});

const unfixable: [string, string | Buffer, RegExp][] = [
  ['does not parse', withLine(FIXABLE, '  kind: hội nghị giao ban', '  kind: [hội nghị giao ban'), /not fixed: the file is not valid UTF-8 YAML/],
  ['has a duplicate key', withLine(FIXABLE, '  name: Tô Lâm', '  name: Tô Lâm\n  name: Tô Lâm'), /not fixed: the file is not valid UTF-8 YAML/],
  [
    'is not UTF-8 (Windows-1258 bytes)',
    Buffer.concat([Buffer.from(FIXABLE.replace('  format: trực tuyến\n', '')), Buffer.from('  note: B\xd9 C\xf4ng an\n', 'latin1')]),
    /not fixed: the file is not valid UTF-8 YAML/,
  ],
];

for (const [what, content, message] of unfixable) {
  test(`a file that ${what} is reported (exit 2, stderr) and untouched`, () => {
    const dir = folder({ 'a.briefing.yaml': content });
    const path = join(dir, 'a.briefing.yaml');
    utimesSync(path, PAST, PAST);
    const before = snapshot(path);
    const r = briefing(['validate', '.', '--fix'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^briefing: a\.briefing\.yaml: không sửa vì tệp không đọc được như YAML UTF-8 hợp lệ/);
    assert.match(r.stderr, message);
    assert.deepEqual(snapshot(path), before);
    assert.deepEqual(readdirSync(dir), ['a.briefing.yaml']);
  });
}

test('a read-only file is reported (exit 2, stderr) and untouched, even for root', () => {
  const dir = folder({ 'a.briefing.yaml': FIXABLE });
  const path = join(dir, 'a.briefing.yaml');
  chmodSync(path, 0o444);
  utimesSync(path, PAST, PAST);
  const before = snapshot(path);
  const r = briefing(['validate', '.', '--fix'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'briefing: a.briefing.yaml: không ghi được, tệp gốc giữ nguyên / cannot write, original kept (EACCES)\n');
  assert.deepEqual(snapshot(path), before);
  assert.equal(statSync(path).mode & 0o777, 0o444);
  assert.deepEqual(readdirSync(dir), ['a.briefing.yaml']);
  // The problem is still reported as found.
  assert.match(r.stdout, /thousands-separator/);
});

test('a symlink is written through to its target and stays a symlink', () => {
  const dir = folder({ 'data/real.briefing.yaml': FIXABLE, 'records/.keep': '' });
  const link = join(dir, 'records', 'link.briefing.yaml');
  symlinkSync(join('..', 'data', 'real.briefing.yaml'), link);
  const r = briefing(['validate', 'records', '--fix'], dir);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.ok(lstatSync(link).isSymbolicLink());
  assert.equal(readlinkSync(link), join('..', 'data', 'real.briefing.yaml'));
  assert.equal(readFileSync(join(dir, 'data', 'real.briefing.yaml'), 'utf8'), BASE);
  // The temporary file lived next to the target, and is gone.
  assert.deepEqual(readdirSync(join(dir, 'records')).sort(), ['.keep', 'link.briefing.yaml']);
  assert.deepEqual(readdirSync(join(dir, 'data')), ['real.briefing.yaml']);
});

test('comments, blank lines, flow collections, quoting, CRLF and the BOM survive: only the targeted values change', () => {
  const nfdName = 'Tô Lâm'.normalize('NFD');
  const lines = [
    '# Hồ sơ thử: chú thích, dòng trống, danh sách [..] và chuỗi có ngoặc được giữ nguyên',
    'meeting:',
    "  kind: 'hội nghị giao ban'   # loại như bài báo viết",
    '  title: "Hội nghị giao ban Bộ Công an tháng 2-2020"',
    '  date: 2020-02-26',
    '  period: { text: tháng 2-2020, start: 2020-02-01, end: 2020-02-29 }',
    '  fromat: trực tuyến',
    '',
    'chair:',
    '  rank: dai tuong     # bài báo viết không dấu',
    `  name: "${nfdName}"`,
    '  positions: [Bộ trưởng Bộ Công an]',
    '',
    'statistics:',
    '  - label: Phạm tội về ma túy',
    '    value: 1.457 # bài báo viết "1.457 vụ"',
    '    unit: vụ',
    'source:',
    '  publisher: ANTD.VN',
    '  published: 2020-02-27',
    '',
  ];
  const original = Buffer.from('\uFEFF' + lines.join('\r\n'), 'utf8');
  const dir = folder({ 'a.briefing.yaml': original });
  const r = briefing(['validate', '.', '--fix'], dir);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /đã sửa 5/);
  const expected = lines.slice();
  expected[6] = '  format: trực tuyến';
  expected[9] = '  rank: Đại tướng     # bài báo viết không dấu';
  expected[10] = '  name: "Tô Lâm"';
  expected[15] = '    value: 1457 # bài báo viết "1.457 vụ"';
  const after = readFileSync(join(dir, 'a.briefing.yaml'));
  assert.deepEqual(after, Buffer.from('\uFEFF' + expected.join('\r\n'), 'utf8'));
  assert.deepEqual([...after.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  // A second run finds nothing more to fix and leaves the file alone.
  const mtime = statSync(join(dir, 'a.briefing.yaml')).mtimeMs;
  const again = briefing(['validate', '.', '--fix'], dir);
  assert.equal(again.code, 0);
  assert.doesNotMatch(again.stdout, /đã sửa/);
  assert.equal(statSync(join(dir, 'a.briefing.yaml')).mtimeMs, mtime);
});
