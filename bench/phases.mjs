// Where the time of `briefing validate` goes, phase by phase, against the js-yaml + Ajv baseline:
// the 2,000 records of the CLI benchmark read once, then each phase repeated in one warm process
// (no start-up, no reading, no garbage kept between phases). It shows the floor under the CLI
// ratio: what parsing with positions, the people index, the schema and the domain rules cost on
// their own, beside what the baseline does in all (parse without positions + Ajv).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { sample, summary } from './lib/stats.mjs';

const require = createRequire(import.meta.url);

/** `f` run `rounds` times after one warm-up, each after an untimed `setup`: its summary (ms). */
function timed(rounds, f, setup) {
  return summary(sample(f, { min: rounds, max: rounds, budgetMs: 0, setup }));
}

export function runPhases({ engineBundle, repo, dir, rounds = 5, log = () => undefined }) {
  const { createEngine, loadAssets, ALL_RULES } = require(engineBundle);
  const jsyaml = require('js-yaml');
  const Ajv = require('ajv').default;
  const names = readdirSync(dir)
    .filter((f) => /\.briefing\.ya?ml$/.test(f))
    .sort();
  const paths = names.map((f) => join(dir, f));
  const texts = paths.map((p) => readFileSync(p, 'utf8'));
  const schema = JSON.parse(readFileSync(join(repo, 'schemas', 'briefing.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const engine = createEngine(loadAssets(join(repo, 'schemas')));
  const off = Object.fromEntries(ALL_RULES.map((r) => [r.id, 'off']));
  let records = texts.map((t, i) => engine.parse(t, paths[i]));
  for (const r of records) engine.notePeople(r);

  log(`  phases over ${texts.length} records…`);
  const out = {
    records: texts.length,
    rules: ALL_RULES.length,
    baseline: timed(rounds, () => texts.forEach((t) => ajv(jsyaml.load(t, { schema: jsyaml.CORE_SCHEMA })))),
    baselineParse: timed(rounds, () => texts.forEach((t) => jsyaml.load(t, { schema: jsyaml.CORE_SCHEMA }))),
    parse: timed(rounds, () => {
      records = texts.map((t, i) => engine.parse(t, paths[i]));
    }),
    // Fresh parses each round: a record's people are read from its tree once, then remembered.
    index: timed(
      rounds,
      () => {
        engine.people.index.clear();
        for (const r of records) engine.notePeople(r);
      },
      () => {
        records = texts.map((t, i) => engine.parse(t, paths[i]));
      },
    ),
    // A new generation per round: validate's per-record cache would otherwise answer.
    schemaOnly: timed(rounds, () => {
      engine.generation++;
      for (const r of records) engine.validate(r, { severities: off });
    }),
    allRules: timed(rounds, () => {
      engine.generation++;
      for (const r of records) engine.validate(r, {});
    }),
  };
  return out;
}
