// The people index across records (engine/people/): what one edit costs with 2,000 and 20,000
// records in the workspace, against validating the record alone. Every record of the archive
// is chaired by the same person, the worst case for that person's timeline. Two edits: a
// statistic's value (what the record says about people is unchanged) and the shared chair's
// rank (the person's revision moves; their summary is patched with the edited record's appearances).
import { createRequire } from 'node:module';
import { makeRecord } from './generate.mjs';
import { sample as timed, summary } from './lib/stats.mjs';

/** Edits are cheap: more samples after a longer warm-up. */
const sample = (fn) => timed(fn, { budgetMs: 1500, min: 20, max: 400, warmup: 5 });

const require = createRequire(import.meta.url);
const CHAIR = 'Vũ Đức Toàn';

/** A generated record of about 60 lines whose chair (and the directives they issue) is CHAIR. */
function archiveRecord(seed) {
  const text = makeRecord(seed, 60);
  const chair = /^chair:\n {2}rank: .*\n {2}name: (.*)$/m.exec(text)[1];
  return text.split(chair).join(CHAIR);
}

export function runArchive({ engineBundle, sizes = [2000, 20000], log = () => undefined }) {
  const { createEngine, parseRecord } = require(engineBundle);
  const results = [];
  const base = archiveRecord(1);
  const valueEdit = (v) => base.replace(/^ {4}value: \d+$/m, `    value: ${1000 + (v % 500)}`);
  const rankEdit = (v) => base.replace(/^ {2}rank: Trung tướng$/m, v % 2 ? '  rank: Thượng tướng' : '  rank: Trung tướng');
  const uri = 'file:///archive/r00000.briefing.yaml';

  // Validation of the record alone: no other record indexed.
  const alone = createEngine();
  let version = 0;
  const single = sample(() => alone.validate(parseRecord(valueEdit(++version), uri, version)));

  for (const records of sizes) {
    const engine = createEngine();
    const t = performance.now();
    for (let i = 1; i < records; i++)
      engine.notePeople(parseRecord(archiveRecord(1000 + i), `file:///archive/r${String(i).padStart(5, '0')}.briefing.yaml`, 0));
    const indexMs = performance.now() - t;
    const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
    const edit = (text) => () => {
      const record = parseRecord(text(++version), uri, version);
      engine.notePeople(record);
      engine.validate(record);
    };
    const value = sample(edit(valueEdit));
    const rank = sample(edit(rankEdit));
    const appearances = engine.people.index.appearances('vu duc toan').length;
    const row = { records, appearances, indexMs, heapMb, single: summary(single), value: summary(value), rank: summary(rank) };
    results.push(row);
    log(
      `  archive ${records} records (${appearances} appearances of one chair): index ${indexMs.toFixed(0)} ms; edit a value ${row.value.median.toFixed(2)} ms, the chair's rank ${row.rank.median.toFixed(2)} ms; the record alone ${row.single.median.toFixed(2)} ms`,
    );
  }
  return results;
}
