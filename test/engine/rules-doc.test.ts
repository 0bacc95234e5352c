import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { renderRulesDoc } from '../../scripts/rules-doc';
import { read, ROOT } from '../helpers/engine';

test('docs/rules.md matches the rule registry (run npm run docs:rules)', () => {
  assert.equal(read(join(ROOT, 'docs', 'rules.md')), renderRulesDoc());
});
