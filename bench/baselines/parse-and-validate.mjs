// The bare baseline for `briefing validate`: read every record, parse it, run the compiled Ajv
// validator of the same schema. No positions, no domain rules, one process.
//   node bench/baselines/parse-and-validate.mjs yaml|js-yaml <folder>
// Prints one JSON line: { files, invalid, invalidFiles }.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [parser, dir] = process.argv.slice(2);
const Ajv = require('ajv').default;
const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schemas', 'briefing.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

let parse;
if (parser === 'yaml') {
  const YAML = require('yaml');
  parse = (text) => YAML.parse(text); // YAML 1.2 core schema: dates stay strings
} else if (parser === 'js-yaml') {
  const jsyaml = require('js-yaml');
  // The core schema, as YAML 1.2 reads: js-yaml's default schema would turn unquoted dates into
  // Date objects, which the schema rejects (every record invalid).
  parse = (text) => jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
} else {
  throw new Error(`unknown parser ${parser}`);
}

const files = readdirSync(dir)
  .filter((f) => /\.briefing\.ya?ml$/.test(f))
  .sort();
const invalidFiles = [];
for (const f of files) {
  let ok;
  try {
    ok = validate(parse(readFileSync(join(dir, f), 'utf8')));
  } catch {
    ok = false;
  }
  if (!ok) invalidFiles.push(f);
}
process.stdout.write(JSON.stringify({ files: files.length, invalid: invalidFiles.length, invalidFiles }) + '\n');
