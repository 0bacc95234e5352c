// The project configuration in the engine: its schema (kept in schemas/), tags, layering of
// severities, and the problems of a configuration file at their positions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { configSchema, resolveSeverities } from '../../server/src/engine';
import { unknownTaggedRules } from '../../server/src/engine/config/tags';
import { newEngine, read, ROOT } from '../helpers/engine';

test('schemas/config.schema.json matches the rule registry (run npm run docs:rules)', () => {
  assert.equal(read(join(ROOT, 'schemas', 'config.schema.json')), JSON.stringify(configSchema(), null, 2) + '\n');
  assert.deepEqual(unknownTaggedRules(), []);
});

test('severities: default < configuration (tag < rule id) < later layers; each says where it came from', () => {
  const r = resolveSeverities([
    { origin: 'config.yaml', tags: { dates: 'off' }, rules: { 'date-format': 'info' }, entryOrigin: { 'rules.date-format': 'config.yaml:3' } },
    { origin: 'briefing.rules', rules: { 'impossible-date': 'warning' } },
  ]);
  assert.deepEqual(r.byRule['date-format'], { severity: 'info', origin: 'config.yaml:3' });
  assert.deepEqual(r.byRule['period-mismatch'], { severity: 'off', origin: 'config.yaml' });
  assert.deepEqual(r.byRule['impossible-date'], { severity: 'warning', origin: 'briefing.rules' });
  assert.deepEqual(r.byRule['thousands-separator'], { severity: 'error', origin: 'default' });
  assert.equal(r.overrides['thousands-separator'], undefined);
});

test('a configuration file is validated against its own schema, with positions and "did you mean"', () => {
  const engine = newEngine();
  const file = engine.readConfig(
    'locale: en\nrules:\n  thousand-separator: off\n  date-format: warnin\nfiles: [x]\ntags: { dates: off }\n',
    'c.yaml',
    'en',
    'c.yaml',
  );
  assert.deepEqual(
    file.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.message]),
    [
      ['unknown-key', 2, 2, 'Key "thousand-separator" is not allowed; did you mean "thousands-separator"?'],
      ['invalid-value', 3, 15, '"warnin" is not allowed; did you mean "warning"? Allowed values: error, warning, info, hint, off.'],
    ],
  );
  assert.deepEqual(file.config, { rules: {}, tags: { dates: 'off' }, locale: 'en', files: ['x'] });
  assert.deepEqual(file.entryOrigin, { 'rules.thousand-separator': 'c.yaml:3', 'rules.date-format': 'c.yaml:4', 'tags.dates': 'c.yaml:6 (tag dates)' });
});
