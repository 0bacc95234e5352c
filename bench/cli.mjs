// The command-line benchmark: `briefing validate` over a folder of records against a bare
// one-process baseline (`yaml` + the compiled Ajv validator of the same schema: no positions, no
// domain rules), the same with js-yaml, and ajv-cli. Runs are interleaved, each tool's output is
// checked against the errors planted by the generator.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

function tools(repo, dir, outFile) {
  const node = process.execPath;
  const cli = join(repo, 'dist', 'cli.js');
  const baseline = join(repo, 'bench', 'baselines', 'parse-and-validate.mjs');
  return [
    { name: 'briefing validate', args: [node, cli, 'validate', dir, '--format', 'json', '--output', outFile], check: 'briefing' },
    { name: 'briefing validate --jobs 1', args: [node, cli, 'validate', dir, '--format', 'json', '--output', outFile, '--jobs', '1'], check: 'briefing' },
    {
      // A CI re-run where no record changed: the cache is filled by an untimed run first.
      name: 'briefing validate --cache (nothing changed)',
      args: [node, cli, 'validate', dir, '--format', 'json', '--output', outFile, '--cache-location', join(dirname(outFile), 'cli.briefingcache')],
      check: 'briefing',
      warm: true,
    },
    { name: 'yaml + ajv (one process)', args: [node, baseline, 'yaml', dir], check: 'baseline' },
    { name: 'js-yaml (core schema) + ajv (one process)', args: [node, baseline, 'js-yaml', dir], check: 'baseline' },
    {
      name: 'ajv-cli',
      args: [
        node,
        join(repo, 'node_modules', 'ajv-cli', 'dist', 'index.js'),
        'validate',
        '-s',
        join(repo, 'schemas', 'briefing.schema.json'),
        '-d',
        join(dir, '*.briefing.yaml'),
        '--strict=false',
      ],
      check: 'ajv-cli',
    },
  ];
}

/** What a tool got right: files it called invalid, against those the generator broke. */
function verdict(tool, r, manifest, outFile) {
  const planted = manifest.planted;
  const schemaFiles = new Set(planted.filter((p) => p.schema).map((p) => p.file));
  if (tool.check === 'briefing') {
    const report = JSON.parse(readFileSync(outFile, 'utf8'));
    const byName = new Map(report.files.map((f) => [f.path.split(/[\\/]/).pop(), f.diagnostics]));
    const found = planted.filter((p) => (byName.get(p.file) ?? []).some((d) => d.rule === p.code && d.line === p.line)).length;
    const withErrors = report.files.filter((f) => f.diagnostics.some((d) => d.severity === 'error')).length;
    const extra = report.files.filter((f) => f.diagnostics.length && !planted.some((p) => f.path.endsWith(p.file))).length;
    return {
      invalid: withErrors,
      expected: planted.length,
      correct: found === planted.length && extra === 0 && withErrors === planted.length,
      note: `${found}/${planted.length} planted errors found at their line, ${extra} files with unexpected findings`,
    };
  }
  if (tool.check === 'baseline') {
    const out = JSON.parse(r.stdout.trim().split('\n').pop());
    const wrong = out.invalidFiles.filter((f) => !schemaFiles.has(f)).length;
    return {
      invalid: out.invalid,
      expected: schemaFiles.size,
      correct: out.invalid === schemaFiles.size && wrong === 0,
      note: `${out.invalid} files invalid (${schemaFiles.size} have a schema error)`,
    };
  }
  const invalid = (r.stderr.match(/ invalid$/gm) ?? []).length;
  const valid = (r.stdout.match(/ valid$/gm) ?? []).length + (r.stderr.match(/ valid$/gm) ?? []).length;
  return {
    invalid,
    expected: schemaFiles.size,
    correct: invalid === schemaFiles.size,
    note: `${invalid} files invalid, ${valid} valid (${schemaFiles.size} have a schema error)`,
  };
}

export function runCli({ repo, outDir, corpus, rounds, log = () => undefined }) {
  const dir = join(corpus, 'records');
  const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'));
  const outFile = join(outDir, 'cli-report.json');
  const list = tools(repo, dir, outFile);
  const results = Object.fromEntries(list.map((t) => [t.name, { samples: [], verdict: undefined }]));
  rmSync(join(outDir, 'cli.briefingcache'), { force: true });
  for (const tool of list.filter((t) => t.warm)) spawnSync(tool.args[0], tool.args.slice(1), { cwd: repo, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  for (let r = 0; r < rounds; r++) {
    const order = list.map((_, i) => list[(i + r) % list.length]);
    for (const tool of order) {
      rmSync(outFile, { force: true });
      const t0 = performance.now();
      const res = spawnSync(tool.args[0], tool.args.slice(1), { cwd: repo, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
      const ms = performance.now() - t0;
      if (res.error) throw res.error;
      results[tool.name].samples.push(ms);
      results[tool.name].verdict ??= verdict(tool, res, manifest, outFile);
      log(`  cli round ${r + 1}/${rounds}: ${tool.name} ${ms.toFixed(0)} ms`);
    }
  }
  return { files: manifest.records, planted: manifest.planted.length, tools: results };
}
