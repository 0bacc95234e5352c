// Properties every draft must have, on every test and seed article: it parses and validates apart
// from its placeholders; every number and name in it occurs in the article; every drafted item
// quotes its source; the comments can be stripped without touching anything else.
/* eslint-disable @typescript-eslint/no-explicit-any -- parsed YAML records are compared field by field; their shape is the schema's business */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { BASE, newEngine } from '../../helpers/engine';
import { SEED_ARTICLES, TEST_ARTICLES } from '../../helpers/draft-corpus';
import { draftRecord, fold, placeholderWhat, Severity, stripDraftComments, writeDraft } from '../../../server/src/engine';

const engine = newEngine();
const corpus = [...TEST_ARTICLES(), ...SEED_ARTICLES()];

/** Every number as the article could write it: "1457" → 1.457 / 1457; "138.6" → 138,6. */
function writtenForms(n: number): string[] {
  const [int, dec] = String(n).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return [...new Set([grouped, int].map((i) => (dec ? `${i},${dec}` : i)))];
}

for (const article of corpus) {
  test(`${article.name}: the draft parses and validates apart from its placeholders`, () => {
    const draft = draftRecord(article.text, engine.catalogs, article.options);
    const yaml = writeDraft(draft, article.text, article.name);
    const diagnostics = engine.check(yaml, 'draft.briefing.yaml');
    // A position the catalog lacks ("Trưởng phòng Cảnh sát phòng cháy, …" of a province) is the
    // article's fact: the validator notes it (information), which is no failure.
    const catalogGap = (d: (typeof diagnostics)[number]) => d.code === 'unknown-position' && d.severity === Severity.info;
    assert.deepEqual(
      diagnostics.filter((d) => d.code !== 'draft-placeholder' && !catalogGap(d)).map((d) => `${d.code}@${d.range.start.line + 1}: ${d.message}`),
      [],
    );
    assert.equal(diagnostics.filter((d) => d.code === 'draft-placeholder').length, draft.placeholders.length, 'one diagnostic per placeholder');
    assert.deepEqual(parse(yaml), draft.record, 'the YAML holds exactly the drafted record');
  });

  test(`${article.name}: every number and name in the draft occurs in the article`, () => {
    const draft = draftRecord(article.text, engine.catalogs, article.options);
    const text = article.text.normalize('NFC');
    for (const [i, s] of ((draft.record.statistics as Record<string, any>[]) ?? []).entries()) {
      const span = draft.provenance.find((p) => p.path.join('.') === `statistics.${i}`)!.span;
      const source = text.slice(span[0], span[1]);
      const ok =
        writtenForms(s.value).some((w) => source.includes(w)) ||
        (draft.provenance.find((p) => p.path.join('.') === `statistics.${i}`)?.note ?? '').includes(String(s.value));
      assert.ok(ok, `statistic ${s.value} ${s.unit} is not what «${source}» says`);
      assert.ok(
        fold(source).includes(fold(s.unit)) || s.unit === '%' || /(?:^|\s)[Ss]ố\s/u.test(text.slice(Math.max(0, span[0] - 80), span[0])),
        `unit ${s.unit} not in «${source}»`,
      );
      for (const n of [
        s.comparisons?.map((c: any) => c.percent ?? c.amount),
        s.target?.value,
        s.target?.difference,
        s.breakdown?.map((b: any) => b.value),
      ].flat()) {
        if (typeof n === 'number')
          assert.ok(
            writtenForms(Math.abs(n)).some((w) => text.includes(w)),
            `${n} of ${s.label} is not in the article`,
          );
      }
    }
    const people = [
      draft.record.chair,
      ...((draft.record.participants as unknown[]) ?? []),
      ...((draft.record.meeting as any).connection_points ?? []).map((c: any) => c.chaired_by),
    ] as Record<string, any>[];
    for (const p of people) {
      if (p.absent) {
        assert.ok(placeholderWhat(p.absent));
        continue;
      }
      assert.ok(text.includes(p.name), `${p.name} is not in the article`);
      for (const x of p.positions ?? []) assert.ok(fold(text).includes(fold(x).split(' ').slice(0, 2).join(' ')), `${x} is not in the article`);
    }
    for (const d of (draft.record.directives as Record<string, any>[]) ?? []) {
      const body = fold(d.text).split(' ').slice(0, 6).join(' ');
      assert.ok(fold(text).includes(body), `directive «${d.text.slice(0, 40)}» is not in the article`);
      assert.ok(text.includes(d.issued_by));
    }
  });

  test(`${article.name}: each drafted item quotes its source; stripping keeps the record`, () => {
    const draft = draftRecord(article.text, engine.catalogs, article.options);
    const yaml = writeDraft(draft, article.text, article.name);
    const items = ['statistics', 'directives', 'participants'].reduce((n, k) => n + ((draft.record[k] as unknown[]) ?? []).length, 0);
    const quoted = yaml.split('\n').filter((l) => /^\s*# ← «/.test(l)).length;
    assert.ok(quoted >= items, `${quoted} quoting comment lines for ${items} list items`);
    const stripped = stripDraftComments(yaml);
    assert.doesNotMatch(stripped, /# [←✎]/);
    assert.deepEqual(parse(stripped), draft.record);
  });
}

test('a date without a year and no way to find it stays a placeholder, reported once with its range', () => {
  const text = 'Chiều 30/6, Bộ Công an tổ chức họp báo thông tin kết quả công tác.';
  const draft = draftRecord(text, engine.catalogs);
  assert.equal((draft.record.meeting as any).date, '<cần điền: năm của ngày "Chiều 30/6", dạng YYYY-MM-DD>');
  assert.equal((draft.record.meeting as any).date_as_written, 'Chiều 30/6');
  const yaml = writeDraft(draft, text);
  const diagnostics = engine.check(yaml).map((d) => `${d.code}@${d.range.start.line + 1}`);
  const line = yaml.split('\n').findIndex((l) => l.startsWith('  date:')) + 1;
  const chairLine = yaml.split('\n').findIndex((l) => l.startsWith('  absent:')) + 1;
  const publisherLine = yaml.split('\n').findIndex((l) => l.startsWith('  publisher:')) + 1;
  assert.deepEqual(diagnostics, [`draft-placeholder@${line}`, `draft-placeholder@${chairLine}`, `draft-placeholder@${publisherLine}`]);
  const withYear = draftRecord(text, engine.catalogs, { published: '2025-07-01' });
  assert.equal((withYear.record.meeting as any).date, '2025-06-30');
});

test('the writer puts a quoting comment on the value line and says how the year was found', () => {
  const text = 'ANTD.VN - Ngày 26-2, Bộ Công an tổ chức Hội nghị giao ban công tác tháng 2-2020.';
  const yaml = writeDraft(draftRecord(text, engine.catalogs), text, 'bai.txt');
  assert.match(yaml, /^ {2}date: 2020-02-26 # ← «Ngày 26-2» \(năm theo kỳ "tháng 2-2020"\)$/m);
  assert.match(yaml, /^# ✎ Bản nháp lập từ bài báo bai\.txt/m);
});

test('stripping removes only the drafter comments, byte for byte elsewhere, never a # inside a value', () => {
  const yaml = '# ✎ header\n# mine\nmeeting:\n  title: "A # ← not a comment" # ← «quote»\n  # ← «above»\n  date: 2020-02-26 # keep\n';
  assert.equal(stripDraftComments(yaml), '# mine\nmeeting:\n  title: "A # ← not a comment"\n  date: 2020-02-26 # keep\n');
});

test('adversarial text never hangs the drafter: one huge sentence, runs of names, binary', { timeout: 60_000 }, () => {
  const cases: Record<string, string> = {
    'twenty thousand figures in one sentence': '1 vụ '.repeat(20_000),
    'five thousand ranked names in one sentence': 'Đại tướng Tô Lâm, '.repeat(5_000),
    'five thousand positions after one name': 'Đại tướng Tô Lâm, ' + 'Ủy viên Bộ Chính trị, '.repeat(5_000),
    'every UTF-16 code unit': String.fromCharCode(...Array.from({ length: 50_000 }, (_, i) => i % 65_535)),
    'a breakdown of five thousand parts': '100 vụ, trong đó ' + 'a 1 vụ, '.repeat(5_000),
  };
  for (const [name, text] of Object.entries(cases)) {
    const draft = draftRecord(text, engine.catalogs);
    assert.deepEqual(parse(writeDraft(draft, text)), draft.record, name);
  }
});

test('a placeholder written with an escape in double quotes is still one placeholder', () => {
  const text = BASE.replace('title: Hội nghị giao ban Bộ Công an tháng 2-2020', 'title: "\\x3ccần điền: tiêu đề>"');
  assert.ok(!text.includes('<'));
  const codes = engine.check(text, 'x.briefing.yaml').map((d) => `${d.code}@${d.range.start.line + 1}`);
  assert.deepEqual(codes, ['draft-placeholder@3']);
});
