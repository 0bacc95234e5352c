// Settings arrive in several shapes; all of them mean the same thing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSettings } from '../../server/src/lsp/settings';

test('flat, nested under "briefing" and dotted settings read the same', () => {
  const flat = readSettings({ locale: 'en', validate: { debounceMs: 0, trigger: 'onSave' } });
  const nested = readSettings({ briefing: { locale: 'en', validate: { debounceMs: 0, trigger: 'onSave' } } });
  const dotted = readSettings({ locale: 'en', 'validate.debounceMs': 0, 'validate.trigger': 'onSave' });
  assert.deepEqual(nested, flat);
  assert.deepEqual(dotted, flat);
  assert.equal(flat.validate.debounceMs, 0);
  assert.equal(flat.locale, 'en');
});

test('defaults: Vietnamese, on type, 300 ms', () => {
  const d = readSettings(undefined);
  assert.equal(d.locale, 'vi');
  assert.equal(d.validate.trigger, 'onType');
  assert.equal(d.validate.debounceMs, 300);
});
