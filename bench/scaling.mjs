// Time against document size, in one process with warm code: the `yaml` parse alone (the
// reference), this engine's parse, parse + every rule (what one keystroke costs without the
// debounce), and completion on the parsed record. Sizes from 50 to 50,000 lines.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sample, summary } from './lib/stats.mjs';

const require = createRequire(import.meta.url);

export function runScaling({ engineBundle, files, log = () => undefined }) {
  const { createEngine, parseRecord } = require(engineBundle);
  const YAML = require('yaml');
  const engine = createEngine();
  const results = [];
  for (const { lines, path } of files) {
    const text = readFileSync(path, 'utf8');
    const rows = text.split('\n');
    const rankLine = rows.findLastIndex((l) => /^ {2}- rank: /.test(l));
    let version = 0;
    const budget = lines >= 50000 ? { budgetMs: 3000, min: 3, max: 5 } : undefined;
    const yamlParse = sample(() => YAML.parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, strict: true })[0].toJS(), budget);
    const parse = sample(() => parseRecord(text, 'file:///scaling.briefing.yaml', ++version), budget);
    const check = sample(() => engine.validate(parseRecord(text, 'file:///scaling.briefing.yaml', ++version)), budget);
    const record = parseRecord(text, 'file:///scaling.briefing.yaml', ++version);
    const complete = sample(() => engine.complete(record, { line: rankLine, character: 10 }, { locale: 'vi' }), budget);
    const row = {
      lines,
      bytes: Buffer.byteLength(text),
      yamlParse: summary(yamlParse),
      parse: summary(parse),
      check: summary(check),
      complete: summary(complete),
    };
    results.push(row);
    log(
      `  scaling ${lines} lines: yaml ${row.yamlParse.median.toFixed(2)} ms, parse ${row.parse.median.toFixed(2)} ms, parse+rules ${row.check.median.toFixed(2)} ms, completion ${row.complete.median.toFixed(2)} ms`,
    );
  }
  return results;
}

/** Slope of log(time) against log(size) between the smallest and largest sizes: 1 is linear. */
export function growth(points) {
  const xs = points.filter((p) => Number.isFinite(p.y) && p.y > 0);
  if (xs.length < 2) return NaN;
  const a = xs[0];
  const b = xs[xs.length - 1];
  return Math.log(b.y / a.y) / Math.log(b.x / a.x);
}
