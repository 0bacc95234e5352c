import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { newEngine, read, SAMPLES, brief } from '../helpers/engine';

const engine = newEngine();
engine.setPeopleRegistry(read(join(SAMPLES, '.briefing', 'people.yaml')));

const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.briefing.yaml'));

interface Sample {
  meeting: { date: string };
  participants?: { force?: string }[];
  source: { url: string };
}

const SEEDS = [
  '2019-12-24-hop-bao-cuoi-nam',
  '2020-02-06-tong-ket-van-phong-bo',
  '2020-02-26-giao-ban-thang-2',
  '2020-06-25-so-ket-6-thang',
  '2023-09-28-so-ket-quy-3',
];

test('five samples from the seed articles and more from other public reports', () => {
  assert.deepEqual(
    SEEDS.filter((s) => !samples.includes(`${s}.briefing.yaml`)),
    [],
  );
  const others = samples.filter((f) => !SEEDS.includes(f.replace('.briefing.yaml', '')));
  assert.ok(others.length >= 5, others.join(', '));
  const records = others.map((f) => engine.parse(read(join(SAMPLES, f)), f).documents[0].value as Sample);
  // From different years, one after the 2025 mergers, one with people from outside the police;
  // every one cites the public report it was transcribed from.
  assert.ok(new Set(records.map((r) => r.meeting.date.slice(0, 4))).size >= 4);
  assert.ok(records.some((r) => r.meeting.date >= '2025-07-01'));
  assert.ok(records.some((r) => (r.participants ?? []).some((p) => p.force === 'dân sự')));
  for (const r of records) assert.match(r.source.url, /^https:\/\//);
});

for (const file of samples) {
  test(`sample ${file} has no diagnostics`, () => {
    const diagnostics = engine.check(read(join(SAMPLES, file)), file);
    assert.deepEqual(diagnostics.map(brief), []);
  });
}

test('the samples people registry is itself valid', () => {
  assert.deepEqual(engine.setPeopleRegistry(read(join(SAMPLES, '.briefing', 'people.yaml'))).map(brief), []);
});
