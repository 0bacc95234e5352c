// `briefing people` over the fixture archive (several years of records), and `briefing validate`
// on one changed file still seeing the rest of its project.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInProcess, tempDir } from '../helpers/cli';
import { ROOT } from '../helpers/engine';

const ARCHIVE = join(ROOT, 'test', 'fixtures', 'archive');

function archiveCopy(): string {
  const dir = tempDir();
  cpSync(ARCHIVE, dir, { recursive: true });
  return dir;
}

test("people: a person's timeline across years, registry rows and issues marked", () => {
  const r = runInProcess(['people', '.', '--person', 'pham van minh', '--locale', 'en'], ARCHIVE);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.equal(lines[0], 'Phạm Văn Minh');
  assert.deepEqual(
    lines
      .slice(1)
      .filter((l) => /^ {2}\d/.test(l))
      .map((l) =>
        l
          .trim()
          .split(/\s{2,}/)
          .slice(0, 2)
          .join(' | '),
      ),
    ['2019-03-15 | Đại tá', '2021-06-20 | Thiếu tướng', '2023-05-12 | Trung tướng', '2024-04-08 | Thiếu tướng'],
  );
  assert.match(
    r.stdout,
    /2024\/2024-04-08-hop-bao\.briefing\.yaml:12 {2}⚠\n {6}cảnh báo\/warning rank-out-of-order: Phạm Văn Minh holds the rank Thiếu tướng on 2024-04-08, but 2023-05-12-giao-ban\.briefing\.yaml, 2023-05-12 already gave Trung tướng earlier\./,
  );
  assert.match(r.stdout, /1 people, 2 appearances with problems\.\n$/);
});

test("people: JSON and CSV list every person, the registry's demotion unflagged", () => {
  const json = runInProcess(['people', '.', '--format', 'json'], ARCHIVE);
  assert.equal(json.code, 0);
  const data = JSON.parse(json.stdout) as {
    people: { name: string; spellings: string[]; rows: { date: string; rank: string; source: string; issues: { code: string }[] }[] }[];
  };
  assert.deepEqual(
    data.people.map((p) => p.name),
    ['Đỗ Thanh Sơn', 'Hoàng Văn Bình', 'Lê Quang Huy', 'Nguyễn Văn Hùng', 'Phạm Văn Minh', 'Trần Quốc Hòa', 'Vũ Đức Toàn'],
  );
  const binh = data.people[1];
  assert.deepEqual(
    binh.rows.map((r) => `${r.date} ${r.rank} ${r.source} ${r.issues.length}`),
    ['2019-01-01 Thiếu tướng registry 0', '2020-01-10 Thiếu tướng record 0', '2021-03-01 Đại tá registry 0', '2022-02-18 Đại tá record 0'],
  );
  assert.deepEqual(data.people[5].spellings, ['Trần Quốc Hòa', 'Trần Quốc Hoà']);
  const codes = data.people.flatMap((p) => p.rows.flatMap((r) => r.issues.map((i) => i.code))).sort();
  assert.deepEqual(codes, [
    'person-ambiguous',
    'person-ambiguous',
    'person-name-spelling',
    'promotion-too-fast',
    'rank-above-ceiling',
    'rank-out-of-order',
    'rank-out-of-order',
  ]);

  const csv = runInProcess(['people', '.', '--format', 'csv', '--person', 'Lê Quang Huy'], ARCHIVE);
  assert.equal(
    csv.stdout,
    [
      'name,date,to,rank,force,positions,unit,role,source,record,line,issues',
      'Lê Quang Huy,2019-03-15,,Thiếu tướng,,Cục trưởng Cục An ninh điều tra,,,record,2019/2019-03-15-giao-ban.briefing.yaml,18,',
      'Lê Quang Huy,2021-06-20,,Thượng tướng,,Thứ trưởng Bộ Công an,,,record,2021/2021-06-20-so-ket.briefing.yaml,11,promotion-too-fast',
      '',
    ].join('\n'),
  );
});

test('people: exit codes as for validate; bad format and missing path are usage errors', () => {
  assert.equal(runInProcess(['people', '.', '--max-warnings', '0'], ARCHIVE).code, 1);
  assert.equal(runInProcess(['people', '.', '--format', 'sarif'], ARCHIVE).code, 2);
  assert.equal(runInProcess(['people'], ARCHIVE).code, 2);
  const none = runInProcess(['people', '.', '--person', 'Không Ai'], ARCHIVE);
  assert.deepEqual([none.code, none.stdout], [0, 'Không có ai tên "Không Ai".\n']);
});

test('validate one changed file: the rest of its project is read, not reported, not written', () => {
  const dir = archiveCopy();
  const file = join('2024', '2024-04-08-hop-bao.briefing.yaml');
  const others = readFileSync(join(dir, '2023', '2023-05-12-giao-ban.briefing.yaml'), 'utf8');
  const r = runInProcess(['validate', file, '--format', 'json'], dir);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { files: { path: string; diagnostics: { rule: string; related?: { uri?: string }[] }[] }[] };
  assert.deepEqual(
    out.files.map((f) => f.path),
    [file],
  );
  assert.deepEqual(
    out.files[0].diagnostics.map((d) => d.rule),
    ['rank-out-of-order'],
  );
  assert.equal(out.files[0].diagnostics[0].related?.[0].uri, join(dir, '2023', '2023-05-12-giao-ban.briefing.yaml'));
  assert.equal(readFileSync(join(dir, '2023', '2023-05-12-giao-ban.briefing.yaml'), 'utf8'), others);
  // Correcting the stale rank clears it, and the earlier record no longer disagrees either.
  writeFileSync(
    join(dir, file),
    readFileSync(join(dir, file), 'utf8').replace('rank: Thiếu tướng\n    name: Phạm Văn Minh', 'rank: Trung tướng\n    name: Phạm Văn Minh'),
  );
  const after = runInProcess(['validate', file, join('2023', '2023-05-12-giao-ban.briefing.yaml')], dir);
  assert.equal(after.code, 0);
  assert.match(after.stdout, /không có vấn đề/);
});

test('validate --fix applies the safe spelling fix of a name written two ways', () => {
  const dir = archiveCopy();
  const file = join('2022', '2022-02-18-giao-ban.briefing.yaml');
  const r = runInProcess(['validate', '.', '--fix'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(readFileSync(join(dir, file), 'utf8'), /name: Trần Quốc Hòa\n/);
  assert.doesNotMatch(r.stdout, /person-name-spelling/);
});
