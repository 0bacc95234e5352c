// The workspace the editor opens: the samples (with samples/.briefing/people.yaml) and, in
// broken/, records with known problems. Its settings ask for Vietnamese messages: the test
// editors' display language is English (no language pack offline), which `auto` would follow.
import { copyFileSync, cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E, ROOT } from './env.mjs';

export function makeWorkspace(dir, { broken = true, settings = true } = {}) {
  const samples = join(ROOT, 'samples');
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(samples)) if (f.endsWith('.briefing.yaml')) copyFileSync(join(samples, f), join(dir, f));
  cpSync(join(samples, '.briefing'), join(dir, '.briefing'), { recursive: true });
  if (broken) {
    mkdirSync(join(dir, 'broken'), { recursive: true });
    for (const f of readdirSync(join(E2E, 'fixtures'))) copyFileSync(join(E2E, 'fixtures', f), join(dir, 'broken', f));
    copyFileSync(join(samples, 'invalid', 'thousands-separator.yaml'), join(dir, 'broken', 'thousands-separator.briefing.yaml'));
  }
  if (!settings) return dir;
  mkdirSync(join(dir, '.vscode'), { recursive: true });
  writeFileSync(
    join(dir, '.vscode', 'settings.json'),
    `${JSON.stringify({ 'briefing.locale': 'vi', 'workbench.startupEditor': 'none', 'files.autoSave': 'off', 'security.workspace.trust.enabled': false, 'extensions.ignoreRecommendations': true }, null, 2)}\n`,
  );
  return dir;
}
